package uk.safeguarding.training.benchmark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The benchmark command: {@code ./mvnw -Pbenchmark verify}. Runs each {@link BenchmarkStep} in turn and prints
 * {@code name=value unit} lines, then a summary with every figure and whether it meets its target.
 *
 * <p>Figures are printed, not asserted: a slow or busy machine makes them wander, so they are read and compared,
 * never a reason for the test suite to fail. {@code -Dbenchmark.only=startup,...} runs only the named steps.
 * To add a benchmark, write a {@link BenchmarkStep} and add it to {@link #STEPS}.
 */
public final class Benchmarks {

    static final List<BenchmarkStep> STEPS = List.of(
            new StartupBenchmark(),
            new SpringBootRunBenchmark(),
            new PublicPagesBenchmark(),
            new GradingBenchmark(),
            new CertificateBenchmark(),
            new ReportBenchmark(),
            new ItemStatisticsBenchmark(),
            new EvidencePackBenchmark());

    private Benchmarks() {
    }

    /** The machine's 1-minute load average (processes running or waiting for a core). */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    public static void main(String[] args) {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        BenchmarkPrinter out = new BenchmarkPrinter(System.out);
        Set<String> only = Arrays.stream(System.getProperty("benchmark.only", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());

        out.note("Safeguarding Training benchmarks; jar " + settings.jar());
        out.note(String.format(Locale.ROOT, "machine: %d processors, load average (1 min) %.2f, java %s",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version")));

        List<Figure> figures = new ArrayList<>();
        List<BenchmarkStep.Target> targets = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (BenchmarkStep step : STEPS) {
            if (!only.isEmpty() && !only.contains(step.name())) {
                continue;
            }
            out.note("== " + step.name() + ": " + step.description());
            try {
                // Seven builds share this machine: every step says how busy it was, so its wall-clock figures can be
                // read against the load (its CPU figures wander less).
                Figure loadAtStart = new Figure(step.name() + ".load_average_start", loadAverage(), "");
                out.figure(loadAtStart);
                List<Figure> stepFigures = new ArrayList<>(step.run(settings, out));
                stepFigures.forEach(out::figure);
                Figure loadAtEnd = new Figure(step.name() + ".load_average_end", loadAverage(), "");
                out.figure(loadAtEnd);
                figures.add(loadAtStart);
                figures.addAll(stepFigures);
                figures.add(loadAtEnd);
                targets.addAll(step.targets());
            } catch (Exception | AssertionError e) {
                failures.add(step.name() + ": " + e);
                out.note("FAILED " + step.name() + ": " + e);
                e.printStackTrace(System.out);
            }
        }

        out.note("== summary");
        figures.forEach(out::figure);
        for (BenchmarkStep.Target target : targets) {
            figures.stream().filter(f -> f.name().equals(target.figure())).findFirst().ifPresent(f ->
                    out.note(String.format(Locale.ROOT, "target %s %s %s %s: %s (%.3f%s)", f.name(),
                            target.atLeast() ? ">=" : "<=", Figure.number(target.limit()), f.unit(),
                            target.met(f.value()) ? "met" : "NOT met", f.value(),
                            target.before().isEmpty() ? "" : "; issue 14 before: " + target.before())));
        }
        out.note(String.format(Locale.ROOT, "load average (1 min) at the end %.2f", loadAverage()));
        if (!failures.isEmpty()) {
            out.note("failed steps: " + String.join("; ", failures));
            System.exit(1);
        }
    }
}
