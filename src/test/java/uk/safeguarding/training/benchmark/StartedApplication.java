package uk.safeguarding.training.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One start of the packaged application as a separate process, configured the way production is (environment
 * variables, no profile), on its own empty H2 file and a free port. Measures the time from launching the process
 * to the first HTTP 200 of {@code /login}.
 */
final class StartedApplication implements AutoCloseable {

    // Long enough for a start on a machine shared by several builds (load average 20 and more on 2 cores).
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(Integer.getInteger("benchmark.readyTimeoutMinutes", 8));
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(1))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final Process process;
    private final Path log;
    private final long launchedAt;
    private final int port;

    private StartedApplication(Process process, Path log, long launchedAt, int port) {
        this.process = process;
        this.log = log;
        this.launchedAt = launchedAt;
        this.port = port;
    }

    /**
     * Launches {@code command} in {@code runDirectory}, with an H2 file database inside it.
     *
     * @param coursesDirectory the course folders the application imports at start, as in production
     */
    static StartedApplication launch(List<String> command, Path runDirectory, Path coursesDirectory) throws IOException {
        return launch(command, runDirectory, runDirectory, coursesDirectory);
    }

    /** As {@link #launch(List, Path, Path)}, with the command run in {@code workingDirectory} (Maven in the project). */
    static StartedApplication launch(List<String> command, Path runDirectory, Path workingDirectory, Path coursesDirectory)
            throws IOException {
        Files.createDirectories(runDirectory);
        int port = freePort();
        Path log = runDirectory.resolve("application.log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("JAVA_TOOL_OPTIONS")
                || key.equals("JDK_JAVA_OPTIONS"));
        env.put("PORT", Integer.toString(port));
        env.put("DATABASE_URL", "jdbc:h2:file:" + runDirectory.resolve("db/training") + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE");
        env.put("DATABASE_USER", "sa");
        env.put("DATABASE_PASSWORD", "");
        env.put("COURSES_DIRECTORY", coursesDirectory.toString());
        long launchedAt = System.nanoTime();
        return new StartedApplication(builder.start(), log, launchedAt, port);
    }

    /** Waits for the first 200 of /login; returns the seconds since launch. */
    double awaitLoginPage() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        long deadline = launchedAt + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped with exit code " + process.exitValue()
                        + " before /login answered; see " + log + "\n" + tail());
            }
            try {
                HttpResponse<Void> response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return (System.nanoTime() - launchedAt) / 1e9;
                }
            } catch (ConnectException | HttpTimeoutException notYet) {
                // the port is not open yet
            } catch (IOException notYet) {
                // connection reset while Tomcat starts
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("/login did not answer 200 within " + READY_TIMEOUT + "; see " + log + "\n" + tail());
    }

    /**
     * Waits until the readiness probe answers 200: Spring Boot says "accepting traffic" only after the start-up runners
     * (the course import, the first administrator) have run.
     */
    void awaitReady() throws IOException, InterruptedException {
        long deadline = launchedAt + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped before it was ready; see " + log + "\n" + tail());
            }
            if (get("/actuator/health/readiness") == 200) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("Not ready within " + READY_TIMEOUT + "; see " + log + "\n" + tail());
    }

    /** One GET of {@code path}; returns the status, or -1 when the connection failed. */
    int get(String path) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notAnswered) {
            return -1;
        }
    }

    /** CPU time the process has used so far (all threads), in seconds; NaN when the platform does not say. */
    double cpuSeconds() {
        return process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    /** CPU time of the process and every process it started (Maven and the application it forks), in seconds. */
    double cpuSecondsWithChildren() {
        return cpuSeconds() + process.descendants().mapToDouble(child -> child.info().totalCpuDuration()
                .map(d -> d.toNanos() / 1e9).orElse(0.0)).sum();
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the application the way a platform does (SIGTERM, graceful shutdown), forcibly after 30 s. */
    @Override
    public void close() throws InterruptedException {
        stop(Duration.ofSeconds(30));
    }

    /** As {@link #close()}, waiting up to {@code patience} for the process to end by itself (an AOT cache being written). */
    void stop(Duration patience) throws InterruptedException {
        // Maven's spring-boot:run starts the application as a child process: stop the children first.
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
