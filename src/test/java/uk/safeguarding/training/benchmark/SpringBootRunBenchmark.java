package uk.safeguarding.training.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * The developer's start: {@code ./mvnw spring-boot:run} with the demo profile, dependencies already downloaded
 * (offline), to the first 200 of {@code /login}, on a fresh H2 file and a free port. Maven compiles what changed
 * (usually nothing) and forks the application. Median of {@code benchmark.runs} runs (at most 3: each takes a Maven
 * start too), with the CPU of Maven and the application together.
 */
final class SpringBootRunBenchmark implements BenchmarkStep {

    @Override
    public String name() {
        return "spring_boot_run";
    }

    @Override
    public String description() {
        return "seconds from ./mvnw -o spring-boot:run (demo profile) to the first 200 of /login";
    }

    @Override
    public List<Target> targets() {
        return List.of(Target.atMost("spring_boot_run.median_seconds", 20, "not measured"));
    }

    @Override
    public List<Figure> run(BenchmarkSettings settings, BenchmarkPrinter out) throws Exception {
        List<String> command = List.of(settings.project().resolve("mvnw").toString(), "-q", "-B", "-ntp", "-o",
                "spring-boot:run", "-Dspring-boot.run.profiles=demo");
        out.note("command: " + String.join(" ", command) + " (in " + settings.project() + ")");
        List<Double> seconds = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int run = 1; run <= Math.min(3, settings.runs()); run++) {
            try (StartedApplication application = StartedApplication.launch(command,
                    settings.work().resolve("spring-boot-run/run" + run), settings.project(),
                    settings.project().resolve("courses"))) {
                double wall = application.awaitLoginPage();
                double cpuSeconds = application.cpuSecondsWithChildren();
                seconds.add(wall);
                cpu.add(cpuSeconds);
                out.figure(new Figure("spring_boot_run.run" + run + "_seconds", wall, "s"));
                out.figure(new Figure("spring_boot_run.run" + run + "_cpu_seconds", cpuSeconds, "s"));
                out.figure(new Figure("spring_boot_run.run" + run + "_load_average", Benchmarks.loadAverage(), ""));
            }
        }
        return List.of(new Figure("spring_boot_run.median_seconds", StartupBenchmark.median(seconds), "s"),
                new Figure("spring_boot_run.median_cpu_seconds", StartupBenchmark.median(cpu), "s"));
    }
}
