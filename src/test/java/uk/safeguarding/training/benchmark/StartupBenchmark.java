package uk.safeguarding.training.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Seconds from launching the packaged application (no profile, a fresh H2 file, a free port) to the first HTTP 200
 * of {@code /login}, median of {@code benchmark.runs} runs (with the fastest and slowest), for three commands (docs/decisions/0004):
 * <ul>
 *   <li>{@code java_jar}: plain {@code java -jar target/<jar>};</li>
 *   <li>{@code production}: the production command: the jar extracted with the Spring Boot jar tools, Spring AOT
 *       ({@code -Dspring.aot.enabled=true}), a JDK AOT cache ({@code -XX:AOTCache}) made by one training run, and
 *       {@code -XX:CompileThresholdScaling=3} (docs/decisions/0040).</li>
 *   <li>{@code baseline}: {@code java -jar} of the bare-stack jar built from {@code src/test/baseline} (Spring Boot,
 *       Vaadin, JPA, Flyway and Security on the same versions, one route and one entity); the figure of issue 14 is
 *       {@code java_jar_over_baseline.ratio}, the two medians divided (docs/decisions/0028).</li>
 * </ul>
 * Runs of the commands alternate, so a busy spell on the machine hurts both alike. Each run also reports the
 * CPU seconds the process used, which wander less than wall time when other work competes for the processors.
 * {@code -Dbenchmark.startup.jvmArgs="-X..."} adds JVM options to the production command, to try one out.
 */
final class StartupBenchmark implements BenchmarkStep {

    private static final int TRAINING_VISITS = 20;

    static final String AOT_INITIALIZER = "BOOT-INF/classes/uk/safeguarding/training/Application__ApplicationContextInitializer.class";

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public String description() {
        return "seconds from launching the jar to the first 200 of /login (no profile, fresh H2 file, free port)";
    }

    @Override
    public List<Target> targets() {
        return List.of(Target.atMost("startup.java_jar_over_baseline.ratio", 1.3, "1.64 (21.6 s against 13.1 s)"),
                Target.atMost("startup.production.median_seconds", 4.0, "7.6 s, 14 CPU-s"));
    }

    @Override
    public List<Figure> run(BenchmarkSettings settings, BenchmarkPrinter out) throws Exception {
        Path work = settings.work().resolve("startup");
        deleteRecursively(work);
        Files.createDirectories(work);
        Path courses = settings.project().resolve("courses");
        String java = settings.java().toString();
        List<String> extraJvmArgs = Arrays.stream(System.getProperty("benchmark.startup.jvmArgs", "").split("\\s+"))
                .filter(s -> !s.isBlank()).toList();

        if (!hasSpringAot(settings.jar())) {
            throw new IllegalStateException(settings.jar() + " has no Spring AOT classes: build it with "
                    + "`./mvnw -Pproduction package` (the benchmark profile does this too)");
        }
        List<Figure> figures = new ArrayList<>();
        Path app = work.resolve("app");
        Path appJar = extract(settings, app);
        Path cache = app.resolve("app.aot");
        double training = trainAotCache(java, extraJvmArgs, appJar, cache, courses, work);
        figures.add(new Figure("startup.production.aot_cache_training_seconds", training, "s"));
        figures.add(new Figure("startup.production.aot_cache_megabytes", Files.size(cache) / 1e6, "MB"));

        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("java_jar", List.of(java, "-jar", settings.jar().toString()));
        Path baseline = baselineJar();
        if (baseline != null) {
            // The same stack with one route and one entity (src/test/baseline): what any application on it pays.
            commands.put("baseline", List.of(java, "-jar", baseline.toString()));
        } else {
            out.note("No bare-stack baseline jar (benchmark.baselineJar): the ratio is not measured");
        }
        // The production command of decision 0004 with 0040's JIT option: compile later, start sooner.
        List<String> production = new ArrayList<>(List.of(java, "-XX:AOTCache=" + cache, "-XX:CompileThresholdScaling=3",
                "-Dspring.aot.enabled=true"));
        production.addAll(extraJvmArgs);
        production.addAll(List.of("-jar", appJar.toString()));
        commands.put("production", production);
        commands.forEach((name, command) -> out.note(name + ": " + String.join(" ", command)));

        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        for (int run = 1; run <= settings.runs(); run++) {
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                String name = command.getKey();
                Path runDirectory = work.resolve(name + "-" + run);
                try (StartedApplication application = StartedApplication.launch(command.getValue(), runDirectory, courses)) {
                    double wall = application.awaitLoginPage();
                    double cpuSeconds = application.cpuSeconds();
                    seconds.computeIfAbsent(name, k -> new ArrayList<>()).add(wall);
                    cpu.computeIfAbsent(name, k -> new ArrayList<>()).add(cpuSeconds);
                    out.figure(new Figure("startup." + name + ".run" + run + "_seconds", wall, "s"));
                    out.figure(new Figure("startup." + name + ".run" + run + "_cpu_seconds", cpuSeconds, "s"));
                    out.figure(new Figure("startup." + name + ".run" + run + "_load_average", Benchmarks.loadAverage(), ""));
                }
            }
        }
        for (String name : commands.keySet()) {
            figures.add(new Figure("startup." + name + ".median_seconds", median(seconds.get(name)), "s"));
            figures.add(new Figure("startup." + name + ".median_cpu_seconds", median(cpu.get(name)), "s"));
            // The spread: on this machine the same command varies by 10-20 % from run to run (docs/decisions/0040).
            figures.add(new Figure("startup." + name + ".min_seconds", Collections.min(seconds.get(name)), "s"));
            figures.add(new Figure("startup." + name + ".max_seconds", Collections.max(seconds.get(name)), "s"));
        }
        if (seconds.containsKey("baseline")) {
            // Medians of runs that alternated, so a busy spell weighs on both; the CPU ratio wanders least.
            figures.add(new Figure("startup.java_jar_over_baseline.ratio",
                    median(seconds.get("java_jar")) / median(seconds.get("baseline")), "x"));
            figures.add(new Figure("startup.java_jar_over_baseline.cpu_ratio",
                    median(cpu.get("java_jar")) / median(cpu.get("baseline")), "x"));
            // Not a target: the production start against the bare stack measured in the same run, to compare runs on
            // days when the machine's speed differs (the bare stack's own median moved from 7.1 to 7.9 s; 0040).
            figures.add(new Figure("startup.production_over_baseline.ratio",
                    median(seconds.get("production")) / median(seconds.get("baseline")), "x"));
        }
        return figures;
    }

    /** The bare-stack jar the benchmark profile builds from src/test/baseline, or null when it is not there. */
    private static Path baselineJar() {
        String property = System.getProperty("benchmark.baselineJar", "");
        if (property.isBlank()) {
            return null;
        }
        Path jar = Path.of(property).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No bare-stack baseline jar at " + jar + ": the benchmark profile builds it "
                    + "(`./mvnw -Pbenchmark verify`)");
        }
        return jar;
    }

    private static boolean hasSpringAot(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry(AOT_INITIALIZER) != null;
        }
    }

    /** {@code java -Djarmode=tools -jar app.jar extract}: a plain jar plus lib/, which an AOT cache can cover. */
    private static Path extract(BenchmarkSettings settings, Path destination) throws Exception {
        exec(List.of(settings.java().toString(), "-Djarmode=tools", "-jar", settings.jar().toString(),
                "extract", "--destination", destination.toString()), destination.getParent(), "extract.log");
        return destination.resolve(settings.jar().getFileName().toString());
    }

    /**
     * The training run: starts the application as production does, on a throw-away H2 file, waits until it is ready
     * (the start-up runners have run), asks for the sign-in page and an unknown certificate's verification page
     * {@value #TRAINING_VISITS} times each, and stops it with SIGTERM; the JVM writes the classes it loaded and linked,
     * with their profiles, to {@code cache} as it exits. Stopping at the end of the context refresh instead
     * ({@code spring.context.exit=onRefresh}, the first way, decision 0004) left out about 1,000 classes a start
     * loads before its first page: the runners' (Hibernate's query classes, the YAML reader) and Tomcat's and
     * Vaadin's request handling (docs/decisions/0039).
     */
    private static double trainAotCache(String java, List<String> extraJvmArgs, Path appJar, Path cache, Path courses,
                                        Path work) throws Exception {
        List<String> command = new ArrayList<>(List.of(java, "-XX:AOTCacheOutput=" + cache, "-Dspring.aot.enabled=true"));
        command.addAll(extraJvmArgs);
        command.addAll(List.of("-jar", appJar.toString()));
        long start = System.nanoTime();
        // Run in the jar's own folder: the cache records the class path as given, relative to it.
        StartedApplication training = StartedApplication.launch(command, work.resolve("aot-cache-training"),
                appJar.getParent(), courses);
        try {
            training.awaitLoginPage();
            training.awaitReady();
            for (int i = 0; i < TRAINING_VISITS; i++) {
                training.get("/login");
                training.get("/verify/TRAINING-RUN");
            }
        } finally {
            training.stop(Duration.ofMinutes(5));
        }
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("The training run wrote no AOT cache; see "
                    + work.resolve("aot-cache-training/application.log") + "\n" + training.tail());
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void exec(List<String> command, Path directory, String logName) throws Exception {
        Files.createDirectories(directory);
        Path log = directory.resolve(logName);
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("Timed out: " + String.join(" ", command));
        }
        if (process.exitValue() != 0) {
            List<String> lines = Files.readAllLines(log);
            throw new IllegalStateException("Exit code " + process.exitValue() + " from " + String.join(" ", command)
                    + "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
