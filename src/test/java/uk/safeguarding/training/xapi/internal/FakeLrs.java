package uk.safeguarding.training.xapi.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A learning record store that keeps statements by id as xAPI requires (a repeat of the same statement is answered
 * 204 and stored once; a different statement under a known id is a 409), and fails on purpose: it can answer 503
 * without storing, or store and then answer 500 as if the answer were lost on the way back.
 */
final class FakeLrs implements AutoCloseable {

    static final String USER = "lrs-key";
    static final String PASSWORD = "lrs-secret";

    private final HttpServer server;
    private final Map<String, String> stored = new LinkedHashMap<>();
    private final Map<String, Integer> puts = new LinkedHashMap<>();
    private final List<String> conflicts = new ArrayList<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger lostAnswers = new AtomicInteger();
    private final AtomicInteger unauthorised = new AtomicInteger();
    private Random random = new Random(17);
    private volatile double refuseRate;
    private volatile double loseAnswerRate;

    FakeLrs() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/xapi/statements", this::handle);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/xapi/";
    }

    /** Fails that share of requests: refused without storing, or stored with the answer lost. */
    synchronized void failSometimes(double refuseRate, double loseAnswerRate, long seed) {
        this.refuseRate = refuseRate;
        this.loseAnswerRate = loseAnswerRate;
        this.random = new Random(seed);
    }

    synchronized void down() {
        failSometimes(1.0, 0, 1);
    }

    synchronized void healthy() {
        failSometimes(0, 0, 1);
    }

    /** Statement ids in the order the LRS first stored them. */
    synchronized List<String> storedIds() {
        return List.copyOf(stored.keySet());
    }

    synchronized String statement(String id) {
        return stored.get(id);
    }

    synchronized int putsOf(String id) {
        return puts.getOrDefault(id, 0);
    }

    synchronized int totalPuts() {
        return puts.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized List<String> conflicts() {
        return List.copyOf(conflicts);
    }

    int refused() {
        return refused.get();
    }

    int lostAnswers() {
        return lostAnswers.get();
    }

    int unauthorised() {
        return unauthorised.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String expected = "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                    || !"1.0.3".equals(exchange.getRequestHeaders().getFirst("X-Experience-API-Version"))) {
                unauthorised.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            if (!"PUT".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String query = exchange.getRequestURI().getRawQuery();
            String id = query == null || !query.startsWith("statementId=") ? null
                    : URLDecoder.decode(query.substring("statementId=".length()), StandardCharsets.UTF_8);
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer(id, body), -1);
        }
    }

    private synchronized int answer(String id, String body) {
        if (id == null || !body.contains("\"id\":\"" + id + "\"")) {
            return 400;
        }
        puts.merge(id, 1, Integer::sum);
        double roll = random.nextDouble();
        if (roll < refuseRate) {
            refused.incrementAndGet();
            return 503;
        }
        String known = stored.get(id);
        if (known != null && !known.equals(body)) {
            conflicts.add(id);
            return 409;
        }
        stored.putIfAbsent(id, body);
        if (roll < refuseRate + loseAnswerRate) {
            lostAnswers.incrementAndGet();
            return 500;
        }
        return 204;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
