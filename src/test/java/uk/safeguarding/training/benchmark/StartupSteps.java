package uk.safeguarding.training.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * Where a start spends its time, by Spring's {@code ApplicationStartup} steps (docs/decisions/0028): starts the
 * application class given as the first argument with a {@link BufferingApplicationStartup}, waits for the context,
 * prints the slowest steps (with the bean or configuration they belong to) and the total per step name, and exits.
 * Run on the extracted jar, so the class path is the one {@code java -jar} sees:
 * {@code java -cp <extracted>/app.jar:target/test-classes uk.safeguarding.training.benchmark.StartupSteps
 * uk.safeguarding.training.Application --server.port=0}.
 */
public final class StartupSteps {

    private StartupSteps() {
    }

    public static void main(String[] args) throws Exception {
        Class<?> main = Class.forName(args[0]);
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        SpringApplication application = new SpringApplication(main);
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
        application.setApplicationStartup(startup);
        long launched = System.nanoTime();
        try (ConfigurableApplicationContext context = application.run(rest)) {
            System.out.printf(Locale.ROOT, "# context ready after %.2f s (in this JVM)%n", (System.nanoTime() - launched) / 1e9);
            print(startup.getBufferedTimeline());
        }
    }

    private static void print(StartupTimeline timeline) {
        List<StartupTimeline.TimelineEvent> events = new ArrayList<>(timeline.getEvents());
        Map<String, Duration> byName = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (StartupTimeline.TimelineEvent event : events) {
            // Steps nest (a bean's instantiation contains its dependencies'): the sums per name overlap, the
            // slowest single steps below are read with that in mind.
            byName.merge(event.getStartupStep().getName(), event.getDuration(), Duration::plus);
            counts.merge(event.getStartupStep().getName(), 1, Integer::sum);
        }
        System.out.println("# total per step name (inclusive, nested steps overlap)");
        byName.entrySet().stream().sorted(Map.Entry.<String, Duration>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.printf(Locale.ROOT, "step %-55s %8.0f ms  x%d%n", e.getKey(),
                        e.getValue().toNanos() / 1e6, counts.get(e.getKey())));
        System.out.println("# slowest single steps (inclusive)");
        events.sort(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed());
        for (StartupTimeline.TimelineEvent event : events.subList(0, Math.min(45, events.size()))) {
            StringBuilder tags = new StringBuilder();
            for (StartupStep.Tag tag : event.getStartupStep().getTags()) {
                tags.append(' ').append(tag.getKey()).append('=').append(tag.getValue());
            }
            System.out.printf(Locale.ROOT, "%8.0f ms %s%s%n", event.getDuration().toNanos() / 1e6,
                    event.getStartupStep().getName(), tags.length() > 160 ? tags.substring(0, 160) : tags);
        }
    }
}
