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
import uk.safeguarding.training.Application;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.learning.TrainingStatus;
import uk.safeguarding.training.reporting.ReportExport;
import uk.safeguarding.training.reporting.ReportFilter;
import uk.safeguarding.training.reporting.ReportSort;
import uk.safeguarding.training.reporting.ReportingService;
import uk.safeguarding.training.support.AsUser;

/**
 * The manager report at scale: 50,000 learners in 500 units. Prints the time for the report's first page with a
 * filter (status overdue, sorted by name) and for the full CSV export, on H2 and, when one is reachable, PostgreSQL.
 */
final class ReportBenchmark implements BenchmarkStep {

    static final int PEOPLE = Integer.getInteger("benchmark.report.people", 50_000);

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String description() {
        return "report first page (filtered) and full CSV export over " + PEOPLE + " learners in 500 units";
    }

    @Override
    public List<Target> targets() {
        return List.of(Target.atMost("report.h2.first_page.median_ms", 20, "0.8 ms"),
                Target.atMost("report.h2.csv_export.seconds", 0.5, "0.35 s"),
                Target.atMost("report.postgresql.first_page.median_ms", 20, "49.8 ms"),
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
            return AsUser.call(identity, admin, () -> {
                List<Double> pageMillis = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    long start = System.nanoTime();
                    int rows = reporting.page(overdue, ReportSort.NAME, true, 0, 50).size();
                    reporting.count(overdue);
                    pageMillis.add((System.nanoTime() - start) / 1e6);
                    if (rows != 50) {
                        throw new IllegalStateException("expected a full first page, got " + rows);
                    }
                }
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
                return List.of(new Figure("report." + name + ".first_page.median_ms", pageMillis.get(15), "ms"),
                        new Figure("report." + name + ".csv_export.seconds", exportSeconds.get(1), "s"));
            });
        }
    }

    static {
        // Referenced so the role names in the generator stay in step with the application's.
        Role.values();
    }
}
