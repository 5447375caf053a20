package uk.safeguarding.training.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.safeguarding.training.Application;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.certificate.CertificateService;
import uk.safeguarding.training.identity.IdentityService;

/**
 * The two public pages under load (issue 14, item 5): {@code /login} and {@code /verify/{code}} of a real certificate,
 * requested alternately by 20 clients, each waiting for its answer before the next request (closed loop), as anonymous
 * visitors without cookies do. Prints requests a second, the 95th percentile per page, and how many answers started
 * an HTTP session. The application runs in this JVM on the demo data (H2 in memory), so driver and server share the
 * machine's cores, as they would with any load tool on the same machine.
 */
final class PublicPagesBenchmark implements BenchmarkStep {

    static final int CLIENTS = Integer.getInteger("benchmark.load.clients", 20);
    static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.load.warmUpSeconds", 10));
    static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("benchmark.load.seconds", 20));

    @Override
    public String name() {
        return "load";
    }

    @Override
    public String description() {
        return CLIENTS + " clients requesting /login and /verify/{code} alternately (closed loop, no cookies), requests a second and p95";
    }

    @Override
    public List<Target> targets() {
        return List.of(Target.atLeast("load.public_pages.requests_per_second", 1500, "134 req/s"),
                Target.atMost("load.public_pages.p95_ms", 50, "368 ms"));
    }

    @Override
    public List<Figure> run(BenchmarkSettings settings, BenchmarkPrinter out) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("test", "demo").web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--logging.level.root=warn")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String code = AsUser.call(app.getBean(IdentityService.class), "farhan.ali@demo.test",
                    () -> app.getBean(CertificateService.class).mine().getFirst()).getDisplayCode();
            List<URI> pages = List.of(URI.create("http://localhost:" + port + "/login"),
                    URI.create("http://localhost:" + port + "/verify/" + code));
            out.note("pages: " + pages);
            Results warmUp = drive(pages, WARM_UP);
            out.note(String.format(Locale.ROOT, "warm-up: %d requests in %d s", warmUp.count(), WARM_UP.toSeconds()));
            double cpuBefore = processCpuSeconds();
            Results measured = drive(pages, MEASURED);
            double cpu = processCpuSeconds() - cpuBefore;
            if (measured.failures.get() > 0) {
                out.note("answers other than 200: " + measured.failures.get());
            }
            double seconds = MEASURED.toNanos() / 1e9;
            return List.of(
                    new Figure("load.public_pages.requests_per_second", measured.count() / seconds, "req/s"),
                    new Figure("load.public_pages.p95_ms", percentile(measured.all(), 0.95), "ms"),
                    new Figure("load.login.p95_ms", percentile(measured.byPage.get(0), 0.95), "ms"),
                    new Figure("load.login.median_ms", percentile(measured.byPage.get(0), 0.5), "ms"),
                    new Figure("load.verify.p95_ms", percentile(measured.byPage.get(1), 0.95), "ms"),
                    new Figure("load.verify.median_ms", percentile(measured.byPage.get(1), 0.5), "ms"),
                    new Figure("load.login.sessions_started_per_request",
                            (double) measured.sessions.get(0).get() / measured.byPage.get(0).size(), ""),
                    new Figure("load.verify.sessions_started_per_request",
                            (double) measured.sessions.get(1).get() / measured.byPage.get(1).size(), ""),
                    new Figure("load.public_pages.cpu_ms_per_request", cpu * 1000 / measured.count(), "ms"),
                    new Figure("load.public_pages.non_200_answers", measured.failures.get(), ""));
        }
    }

    /** What the clients saw: latencies per page (milliseconds), sessions started per page, answers other than 200. */
    private record Results(List<List<Double>> byPage, List<AtomicLong> sessions, AtomicLong failures) {

        long count() {
            return byPage.stream().mapToLong(List::size).sum();
        }

        List<Double> all() {
            List<Double> all = new ArrayList<>();
            byPage.forEach(all::addAll);
            return all;
        }
    }

    private static Results drive(List<URI> pages, Duration duration) throws Exception {
        Results results = new Results(List.of(new ArrayList<>(), new ArrayList<>()),
                List.of(new AtomicLong(), new AtomicLong()), new AtomicLong());
        long end = System.nanoTime() + duration.toNanos();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<List<List<Double>>>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int first = c % pages.size();
                done.add(clients.submit(() -> client(pages, first, end, results)));
            }
            for (Future<List<List<Double>>> client : done) {
                List<List<Double>> mine = client.get();
                for (int p = 0; p < pages.size(); p++) {
                    results.byPage.get(p).addAll(mine.get(p));
                }
            }
        }
        return results;
    }

    /** One visitor: its own connection (kept alive), no cookie store, one request after the other. */
    private static List<List<Double>> client(List<URI> pages, int first, long end, Results results) throws Exception {
        List<List<Double>> mine = List.of(new ArrayList<>(), new ArrayList<>());
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build()) {
            int page = first;
            while (System.nanoTime() < end) {
                HttpRequest request = HttpRequest.newBuilder(pages.get(page)).timeout(Duration.ofSeconds(30)).GET().build();
                long start = System.nanoTime();
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                mine.get(page).add((System.nanoTime() - start) / 1e6);
                if (response.statusCode() != 200) {
                    results.failures.incrementAndGet();
                }
                if (response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"))) {
                    results.sessions.get(page).incrementAndGet();
                }
                page = (page + 1) % pages.size();
            }
        }
        return mine;
    }

    private static double processCpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    static double percentile(List<Double> values, double fraction) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * fraction)));
    }
}
