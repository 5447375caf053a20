package uk.safeguarding.training.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
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
 *
 * <p>When more than one step runs, each runs in a JVM of its own (as JMH forks each benchmark): a step measured in
 * the JVM that has just served the load step's 20 clients inherits its compiled code and type profiles, and its
 * figures then depend on the steps before it (grading's median was 2.23 ms there against 1.67-1.95 ms alone).
 * {@code -Dbenchmark.fork=false} runs them all in this JVM.
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
        List<BenchmarkStep> steps = STEPS.stream().filter(step -> only.isEmpty() || only.contains(step.name())).toList();
        boolean fork = steps.size() > 1 && Boolean.parseBoolean(System.getProperty("benchmark.fork", "true"));
        for (BenchmarkStep step : steps) {
            if (fork) {
                try {
                    figures.addAll(inJvmOfItsOwn(step));
                    targets.addAll(step.targets());
                } catch (Exception e) {
                    failures.add(step.name() + ": " + e);
                    out.note("FAILED " + step.name() + ": " + e);
                }
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

        Path figuresFile = figuresFile();
        if (figuresFile != null) {
            // A forked step: the JVM that started it prints the summary.
            writeFigures(figures, figuresFile);
            System.exit(failures.isEmpty() ? 0 : 1);
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

    /** Where a forked step leaves its figures for the JVM that started it, or null when not forked. */
    private static Path figuresFile() {
        String file = System.getProperty("benchmark.figuresFile", "");
        return file.isBlank() ? null : Path.of(file);
    }

    private static void writeFigures(List<Figure> figures, Path file) {
        try {
            Files.write(file, figures.stream().map(f -> f.name() + "\t" + f.value() + "\t" + f.unit()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code step} alone in a new JVM with this JVM's options and class path; its output goes straight to this
     * one's, and its figures come back through a file.
     */
    private static List<Figure> inJvmOfItsOwn(BenchmarkStep step) throws IOException, InterruptedException {
        Path file = Files.createTempFile("benchmark-" + step.name(), ".tsv");
        try {
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .filter(arg -> !arg.startsWith("-Dbenchmark.only=") && !arg.startsWith("-Dbenchmark.figuresFile=")
                            && !arg.startsWith("-Dbenchmark.fork="))
                    .forEach(command::add);
            command.addAll(List.of("-Dbenchmark.only=" + step.name(), "-Dbenchmark.fork=false",
                    "-Dbenchmark.figuresFile=" + file, "-cp", System.getProperty("java.class.path"),
                    Benchmarks.class.getName()));
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("the step's JVM ended with exit code " + exit);
            }
            return Files.readAllLines(file).stream().map(line -> line.split("\t", 3))
                    .map(part -> new Figure(part[0], Double.parseDouble(part[1]), part.length > 2 ? part[2] : ""))
                    .toList();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
