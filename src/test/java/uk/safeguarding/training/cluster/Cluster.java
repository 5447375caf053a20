package uk.safeguarding.training.cluster;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The processes of one cluster run: the application instances (the production jar, {@code prod} profile, database
 * from the environment) and HAProxy in front of them with cookie-sticky sessions, readiness health checks and a
 * runtime socket for draining. Everything it starts, it stops.
 */
final class Cluster implements AutoCloseable {

    static final String BACKEND = "training";
    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final ClusterSettings settings;
    private final Map<String, Process> instances = new LinkedHashMap<>();
    private Process haproxy;

    Cluster(ClusterSettings settings) {
        this.settings = settings;
    }

    List<String> names() {
        return new ArrayList<>(settings.ports().keySet());
    }

    /** Starts every instance at once (as an orchestrator would after a deployment) and waits for readiness. */
    void startAll() throws IOException, InterruptedException {
        for (String name : names()) {
            launch(name);
        }
        for (String name : names()) {
            awaitReady(name);
        }
    }

    void launch(String name) throws IOException {
        Path dir = settings.work().resolve(name);
        Files.createDirectories(dir);
        // Without -Dspring.aot.enabled: with Spring AOT the beans are fixed when the jar is built, so SPRING_MAIL_HOST
        // given at run time creates no mail sender and no reminder is emailed (docs/operations.md).
        List<String> command = List.of(settings.java(), "-Xmx" + settings.heap(), "-XX:+UseG1GC",
                "-jar", settings.jar().toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("application.log").toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("TRAINING_") || key.equals("JAVA_TOOL_OPTIONS")
                || key.equals("JDK_JAVA_OPTIONS"));
        env.put("SPRING_PROFILES_ACTIVE", "prod");
        env.put("PORT", Integer.toString(settings.ports().get(name)));
        env.put("DATABASE_URL", settings.databaseUrl());
        env.put("DATABASE_USER", settings.databaseUser());
        env.put("DATABASE_PASSWORD", settings.databasePassword());
        env.put("COURSES_DIRECTORY", settings.project().resolve("courses").toString());
        env.put("INITIAL_ADMIN_EMAIL", "admin@cluster.test");
        env.put("ORGANISATION_NAME", "Cluster test council");
        env.put("PUBLIC_BASE_URL", "http://127.0.0.1:" + settings.haproxyPort());
        // The prod profile refuses to start without it (Open Badges signing keys, README); a fixed test value.
        env.put("BADGE_KEY_ENCRYPTION_KEY", "Y2x1c3Rlci1ydW4tb25seS1iYWRnZS1rZXktMzJieXQ=");
        // HAProxy runs on loopback: its X-Forwarded-For names the client for the look-up throttle and the audit log.
        env.put("TRUSTED_PROXIES", "127.0.0.1");
        if (settings.passwordChecks() > 0) {
            env.put("TRAINING_IDENTITY_PASSWORDCHECKS_CONCURRENT", Integer.toString(settings.passwordChecks()));
        }
        env.put("SPRING_MAIL_HOST", "127.0.0.1");
        env.put("SPRING_MAIL_PORT", Integer.toString(settings.smtpPort()));
        // Every job on every instance at the same second of every minute: the claims must make them run once.
        env.put("TRAINING_REMINDERS_CRON", "0 * * * * *");
        env.put("TRAINING_CERTIFICATES_EXPIRY_CRON", "0 * * * * *");
        env.put("TRAINING_DATA_PROTECTION_RETENTION_CRON", "0 * * * * *");
        instances.put(name, builder.start());
    }

    void awaitReady(String name) throws IOException, InterruptedException {
        Process process = instances.get(name);
        URI readiness = URI.create("http://127.0.0.1:" + settings.ports().get(name) + "/actuator/health/readiness");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped with exit code " + process.exitValue() + "; see "
                        + settings.work().resolve(name).resolve("application.log"));
            }
            try {
                if (PROBE.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " was not ready within 5 minutes");
    }

    /** kill -9: no shutdown hook, no graceful anything. */
    void kill(String name) throws InterruptedException {
        Process process = instances.get(name);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: Spring's graceful shutdown finishes the requests in flight (server.shutdown=graceful). */
    boolean stopGracefully(String name) throws InterruptedException {
        Process process = instances.get(name);
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            return false;
        }
        return true;
    }

    long pid(String name) {
        return instances.get(name).pid();
    }

    /** Used heap after a full GC, in KB (jcmd GC.run, then GC.heap_info). */
    long heapUsedKb(String name) throws IOException, InterruptedException {
        String jcmd = Path.of(settings.java()).resolveSibling("jcmd").toString();
        run(List.of(jcmd, Long.toString(pid(name)), "GC.run"));
        String info = run(List.of(jcmd, Long.toString(pid(name)), "GC.heap_info"));
        Matcher used = HEAP_USED.matcher(info);
        return used.find() ? Long.parseLong(used.group(1)) : -1;
    }

    void startHaproxy() throws IOException, InterruptedException {
        Path config = settings.work().resolve("haproxy.cfg");
        StringBuilder servers = new StringBuilder();
        StringBuilder signInServers = new StringBuilder();
        for (var entry : settings.ports().entrySet()) {
            servers.append("    server ").append(entry.getKey()).append(" 127.0.0.1:").append(entry.getValue())
                    .append(" check cookie ").append(entry.getKey()).append('\n');
            signInServers.append("    server ").append(entry.getKey()).append(" 127.0.0.1:").append(entry.getValue())
                    .append(" track ").append(BACKEND).append('/').append(entry.getKey())
                    .append(" cookie ").append(entry.getKey()).append('\n');
        }
        String template = Files.readString(settings.project().resolve("src/test/cluster/haproxy.cfg"));
        Files.writeString(config, template
                .replace("@SOCKET@", socket().toString())
                .replace("@PORT@", Integer.toString(settings.haproxyPort()))
                .replace("@STATS_PORT@", Integer.toString(settings.haproxyPort() + 1))
                .replace("@SERVERS@", servers.toString())
                .replace("@SIGN_IN_SERVERS@", signInServers.toString()));
        // A socket file left by an earlier run would look like a running HAProxy.
        Files.deleteIfExists(socket());
        haproxy = new ProcessBuilder("haproxy", "-db", "-f", config.toString()).redirectErrorStream(true)
                .redirectOutput(settings.work().resolve("haproxy.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!haproxy.isAlive()) {
                throw new IllegalStateException("haproxy stopped: see " + settings.work().resolve("haproxy.log"));
            }
            try {
                if (Files.exists(socket()) && upServers() == settings.ports().size()) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the socket file exists a moment before HAProxy accepts on it
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("haproxy did not see every instance up within 60 s");
    }

    /** How many servers of the backend HAProxy's health checks see as UP. */
    int upServers() throws IOException {
        int up = 0;
        for (String line : command("show stat").split("\n")) {
            String[] fields = line.split(",");
            if (fields.length > 17 && fields[0].equals(BACKEND) && !fields[1].equals("BACKEND") && fields[17].startsWith("UP")) {
                up++;
            }
        }
        return up;
    }

    /** HAProxy's state for one server (UP, DOWN, DRAIN, MAINT...). */
    String serverState(String name) throws IOException {
        for (String line : command("show stat").split("\n")) {
            String[] fields = line.split(",");
            if (fields.length > 17 && fields[0].equals(BACKEND) && fields[1].equals(name)) {
                return fields[17];
            }
        }
        return "?";
    }

    /** Sessions HAProxy counts as currently open on one server (scur). */
    int currentSessions(String name) throws IOException {
        for (String line : command("show stat").split("\n")) {
            String[] fields = line.split(",");
            if (fields.length > 4 && fields[0].equals(BACKEND) && fields[1].equals(name)) {
                return Integer.parseInt(fields[4]);
            }
        }
        return -1;
    }

    void drain(String name) throws IOException {
        command("set server " + BACKEND + "/" + name + " state drain");
    }

    void ready(String name) throws IOException {
        command("set server " + BACKEND + "/" + name + " state ready");
    }

    String command(String command) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket()));
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
            StringBuilder out = new StringBuilder();
            ByteBuffer buffer = ByteBuffer.allocate(65536);
            while (channel.read(buffer) > 0) {
                buffer.flip();
                out.append(StandardCharsets.UTF_8.decode(buffer));
                buffer.clear();
            }
            return out.toString();
        }
    }

    private Path socket() {
        return settings.work().resolve("haproxy.sock");
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        for (String name : names()) {
            Process process = instances.get(name);
            if (process != null && process.isAlive()) {
                stopGracefully(name);
            }
        }
        if (haproxy != null && haproxy.isAlive()) {
            haproxy.destroy();
            haproxy.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
