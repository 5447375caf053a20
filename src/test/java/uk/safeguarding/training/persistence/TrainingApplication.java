package uk.safeguarding.training.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import uk.safeguarding.training.Application;

/**
 * Starts the whole application (profile {@code test}, web server on a free port) against a database chosen by the
 * test, the way {@code java -jar} would with those settings. Settings are passed as command-line arguments, so
 * they win over application-test.properties. (Without a web server the context does not start: Vaadin's security
 * configurer needs the servlet context.)
 *
 * <p>Vaadin replaces the JVM-wide {@link SecurityContextHolder} strategy when a context starts; the previous one is
 * put back when this context closes, so Spring test contexts cached in the same JVM keep working.
 */
public final class TrainingApplication {

    private TrainingApplication() {
    }

    public static ConfigurableApplicationContext start(Map<String, String> settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        settings.forEach((key, value) -> args.add("--" + key + "=" + value));
        SecurityContextHolderStrategy previous = SecurityContextHolder.getContextHolderStrategy();
        try {
            return new SpringApplicationBuilder(Application.class)
                    .profiles("test")
                    .web(WebApplicationType.SERVLET)
                    .listeners(event -> {
                        if (event instanceof ContextClosedEvent) {
                            SecurityContextHolder.setContextHolderStrategy(previous);
                        }
                    })
                    .run(args.toArray(String[]::new));
        } catch (RuntimeException failedToStart) {
            SecurityContextHolder.setContextHolderStrategy(previous);
            throw failedToStart;
        }
    }
}
