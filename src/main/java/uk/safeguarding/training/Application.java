package uk.safeguarding.training;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Safeguarding Training: mandatory child sexual exploitation awareness training.
 *
 * <p>Styles come from {@code frontend/styles.css}, copied into the jar's static resources by the build,
 * so no Node bundle build is needed (Vaadin 25.2 would want Node 24 for one).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class Application implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Safeguarding Training");
        settings.addMetaTag("description", "Child sexual exploitation awareness training for staff");
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
