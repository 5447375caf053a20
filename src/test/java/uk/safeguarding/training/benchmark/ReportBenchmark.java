package uk.safeguarding.training.benchmark;

import java.io.OutputStream;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.safeguarding.training.Application;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.VisibleUnits;
import uk.safeguarding.training.learning.TrainingStatus;
import uk.safeguarding.training.reporting.ReportExport;
import uk.safeguarding.training.reporting.ReportFilter;
import uk.safeguarding.training.reporting.ReportSort;
import uk.safeguarding.training.reporting.ReportingService;
import uk.safeguarding.training.reporting.internal.ReportQuery;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.settings.ReminderTimings;
import uk.safeguarding.training.support.AsUser;

/**
 * The manager report at scale: 50,000 learners in 500 units. Prints the time for the report's first page with a
 * filter (status overdue, sorted by name) and for the full CSV export, on H2 and, when one is reachable, PostgreSQL.
 * The first page is what the manager waits for on a filter change before seeing people: the 50 rows (decision 0037);
 * the totals (figures, chart and the grid's size, one statement) follow in the browser's next request.
 * {@code first_page_with_totals} is the old definition of the first page (the rows and the grid's size, which until
 * 0037 was a count of its own; the view then also counted the figures and the chart, which the figure left out) and
 * {@code totals} the totals alone.
 */
final class ReportBenchmark implements BenchmarkStep {

    static final int PEOPLE = Integer.getInteger("benchmark.report.people", 50_000);

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String description() {
        return "report first page (filtered: the rows; then the totals) and full CSV export over " + PEOPLE + " learners in 500 units";
    }

    @Override
    public List<Target> targets() {
        return List.of(Target.atMost("report.h2.first_page.median_ms", 20, "0.8 ms, rows and count"),
                Target.atMost("report.h2.csv_export.seconds", 0.5, "0.35 s"),
                Target.atMost("report.postgresql.first_page.median_ms", 20, "49.8 ms, rows and count"),
                Target.atMost("report.postgresql.csv_export.seconds", 0.5, "0.41 s"));
    }

    @Override
    public List<Figure> run(BenchmarkSettings settings, BenchmarkPrinter out) throws Exception {
        List<Figure> figures = new ArrayList<>();
        Map<String, String> databases = new LinkedHashMap<>();
        databases.put("h2", "jdbc:h2:mem:scale;DB_CLOSE_DELAY=-1");
        String pg = System.getenv().getOrDefault("TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/training");
        String user = System.getenv().getOrDefault("TEST_POSTGRES_USER", "training");
        String password = System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", "training");
        try (var connection = DriverManager.getConnection(pg, user, password)) {
            connection.createStatement().execute("drop schema public cascade; create schema public");
            databases.put("postgresql", pg);
        } catch (Exception unreachable) {
            out.note("PostgreSQL not reachable at " + pg + ": measuring H2 only (" + unreachable.getMessage() + ")");
        }
        for (var database : databases.entrySet()) {
            figures.addAll(measure(database.getKey(), database.getValue(), database.getKey().equals("h2") ? "sa" : user,
                    database.getKey().equals("h2") ? "" : password, out));
        }
        return figures;
    }

    private List<Figure> measure(String name, String url, String user, String password, BenchmarkPrinter out) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("test").web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--logging.level.root=warn", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user, "--spring.datasource.password=" + password)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            IdentityService identity = app.getBean(IdentityService.class);
            PublishedCourse course = app.getBean(CourseCatalog.class).newest("cse-awareness").orElseThrow();
            long generateStart = System.nanoTime();
            new ScaleData(jdbc).generate(PEOPLE, 500, course.courseId(), course.versionId(), LocalDate.now());
            if (name.equals("postgresql")) {
                jdbc.execute("analyze");
            }
            out.note(name + ": generated " + PEOPLE + " learners in " + String.format("%.1f", (System.nanoTime() - generateStart) / 1e9) + " s");
            String admin = identity.findByEmail("admin@example.org").map(a -> a.getEmail()).orElseThrow();
            ReportingService reporting = app.getBean(ReportingService.class);
            ReportExport export = app.getBean(ReportExport.class);
            ReportFilter overdue = ReportFilter.everything().withStatus(TrainingStatus.OVERDUE);
            if (name.equals("postgresql") && Boolean.getBoolean("benchmark.report.plans")) {
                printPlans(app, overdue, out);
            }
            return AsUser.call(identity, admin, () -> {
                // What the view asks on a filter change (decision 0037): the first 50 rows, shown at once, then, in the
                // browser's next request, the figures, the chart and the grid's size from one grouped statement
                // (ReportingService.overview). The first page is the rows; the rows with the totals is the old
                // definition (rows and the grid's size), printed beside it.
                List<Double> rowsMillis = new ArrayList<>();
                List<Double> overviewMillis = new ArrayList<>();
                List<Double> pageMillis = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    long start = System.nanoTime();
                    int rows = reporting.page(overdue, ReportSort.NAME, true, 0, 50).size();
                    long rowsDone = System.nanoTime();
                    int size = reporting.overview(overdue).rows();
                    long end = System.nanoTime();
                    rowsMillis.add((rowsDone - start) / 1e6);
                    overviewMillis.add((end - rowsDone) / 1e6);
                    pageMillis.add((end - start) / 1e6);
                    if (rows != 50 || size < 50) {
                        throw new IllegalStateException("expected a full first page, got " + rows + " of " + size);
                    }
                }
                rowsMillis.sort(Double::compare);
                overviewMillis.sort(Double::compare);
                pageMillis.sort(Double::compare);
                List<Double> exportSeconds = new ArrayList<>();
                int exported = 0;
                for (int i = 0; i < 3; i++) {
                    long start = System.nanoTime();
                    exported = export.csv(ReportFilter.everything(), OutputStream.nullOutputStream(), n -> { });
                    exportSeconds.add((System.nanoTime() - start) / 1e9);
                }
                exportSeconds.sort(Double::compare);
                out.note(name + ": CSV export wrote " + exported + " rows");
                return List.of(new Figure("report." + name + ".first_page.median_ms", rowsMillis.get(15), "ms"),
                        new Figure("report." + name + ".first_page_with_totals.median_ms", pageMillis.get(15), "ms"),
                        new Figure("report." + name + ".totals.median_ms", overviewMillis.get(15), "ms"),
                        new Figure("report." + name + ".csv_export.seconds", exportSeconds.get(1), "s"));
            });
        }
    }

    /**
     * {@code -Dbenchmark.report.plans=true}: the PostgreSQL plans of the first page's two statements, as the benchmark
     * runs them (an administrator's scope, status overdue, by name), for docs/decisions/0037.
     */
    private static void printPlans(ConfigurableApplicationContext app, ReportFilter filter, BenchmarkPrinter out) {
        NamedParameterJdbcTemplate jdbc = app.getBean(NamedParameterJdbcTemplate.class);
        ReminderTimings timings = app.getBean(OrganisationService.class).reminderTimings();
        for (int run = 0; run < 2; run++) {
            // Each statement twice: the second plan is the one with warm caches, as the timed loop sees it.
            ReportQuery query = new ReportQuery(filter, VisibleUnits.everything(), null, LocalDate.now(), timings, v -> 0);
            String rows = query.rows("u.display_name", true, 0, 50); // ReportSort.NAME's column
            for (String statement : List.of(rows, query.totalsByUnitPath())) {
                List<String> plan = jdbc.queryForList("explain (analyze, buffers) " + statement, query.params(), String.class);
                if (run == 1) {
                    out.note("plan of: " + statement.replaceAll("\\s+", " "));
                    plan.forEach(line -> out.note("  " + line));
                }
            }
        }
    }

    static {
        // Referenced so the role names in the generator stay in step with the application's.
        Role.values();
    }
}
