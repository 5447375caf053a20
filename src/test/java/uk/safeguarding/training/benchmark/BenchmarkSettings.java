package uk.safeguarding.training.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the benchmarks run against, from system properties (the {@code benchmark} Maven profile sets them):
 * {@code benchmark.jar} the packaged application, {@code benchmark.java} the java launcher,
 * {@code benchmark.project} the project folder, {@code benchmark.work} a scratch folder,
 * {@code benchmark.runs} how many runs each measurement takes the median of (default 5).
 */
public record BenchmarkSettings(Path jar, Path java, Path project, Path work, int runs) {

    static BenchmarkSettings fromSystemProperties() {
        Path project = Path.of(System.getProperty("benchmark.project", ".")).toAbsolutePath().normalize();
        Path jar = Path.of(required("benchmark.jar")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No application jar at " + jar + ": run `./mvnw -Pbenchmark verify`");
        }
        Path java = Path.of(System.getProperty("benchmark.java",
                ProcessHandle.current().info().command().orElse("java")));
        Path work = Path.of(System.getProperty("benchmark.work", project.resolve("target/benchmark").toString()))
                .toAbsolutePath().normalize();
        int runs = Integer.getInteger("benchmark.runs", 5);
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BenchmarkSettings(jar, java, project, work, runs);
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set: run `./mvnw -Pbenchmark verify`");
        }
        return value;
    }
}
