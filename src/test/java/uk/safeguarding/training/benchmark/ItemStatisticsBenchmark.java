package uk.safeguarding.training.benchmark;

import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.training.Application;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.quiz.ItemStatistic;
import uk.safeguarding.training.quiz.ItemStatisticsService;
import uk.safeguarding.training.support.AsUser;

/**
 * The trainers' question statistics at scale: the report benchmark's 50,000 learners, each graded attempt with 15
 * questions drawn from the bank, right more often the higher the attempt's score. Prints the median time for the
 * statistics of the version (all questions, counted in the database) on H2 and, when reachable, PostgreSQL.
 */
final class ItemStatisticsBenchmark implements BenchmarkStep {

    @Override
    public String name() {
        return "statistics";
    }

    @Override
    public String description() {
        return "question statistics of one course version over the graded attempts of " + ReportBenchmark.PEOPLE
                + " learners (15 answers each)";
    }

    @Override
    public List<Target> targets() {
        return List.of(new Target("statistics.h2.version.median_ms", 1000),
                new Target("statistics.postgresql.version.median_ms", 1000));
    }

    @Override
    public List<Figure> run(BenchmarkSettings settings, BenchmarkPrinter out) throws Exception {
        List<Figure> figures = new ArrayList<>();
        Map<String, String[]> databases = new LinkedHashMap<>();
        databases.put("h2", new String[] {"jdbc:h2:mem:statistics;DB_CLOSE_DELAY=-1", "sa", ""});
        String pg = System.getenv().getOrDefault("TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/training");
        String user = System.getenv().getOrDefault("TEST_POSTGRES_USER", "training");
        String password = System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", "training");
        try (var connection = DriverManager.getConnection(pg, user, password)) {
            connection.createStatement().execute("drop schema public cascade; create schema public");
            databases.put("postgresql", new String[] {pg, user, password});
        } catch (Exception unreachable) {
            out.note("PostgreSQL not reachable at " + pg + ": measuring H2 only (" + unreachable.getMessage() + ")");
        }
        for (var database : databases.entrySet()) {
            String[] connection = database.getValue();
            figures.add(measure(database.getKey(), connection[0], connection[1], connection[2], out));
        }
        return figures;
    }

    private Figure measure(String name, String url, String user, String password, BenchmarkPrinter out) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("test").web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--logging.level.root=warn", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user, "--spring.datasource.password=" + password)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            IdentityService identity = app.getBean(IdentityService.class);
            CourseCatalog catalog = app.getBean(CourseCatalog.class);
            PublishedCourse course = catalog.newest("cse-awareness").orElseThrow();
            long generateStart = System.nanoTime();
            new ScaleData(jdbc).generate(ReportBenchmark.PEOPLE, 500, course.courseId(), course.versionId(), LocalDate.now());
            int rows = answers(jdbc, catalog.definition(course.versionId()), course.versionId());
            if (name.equals("postgresql")) {
                // As autovacuum leaves a table in steady state: statistics, and a visibility map for index-only scans.
                jdbc.execute("vacuum analyze");
            }
            out.note(String.format("%s: generated %d learners and %d answers in %.1f s", name, ReportBenchmark.PEOPLE, rows,
                    (System.nanoTime() - generateStart) / 1e9));
            ItemStatisticsService statistics = app.getBean(ItemStatisticsService.class);
            return AsUser.call(identity, "admin@example.org", () -> {
                List<Double> millis = new ArrayList<>();
                List<ItemStatistic> items = List.of();
                for (int i = 0; i < 15; i++) {
                    long start = System.nanoTime();
                    items = statistics.forVersion(course.versionId());
                    millis.add((System.nanoTime() - start) / 1e6);
                }
                millis.sort(Double::compare);
                long answered = items.stream().mapToLong(ItemStatistic::answers).sum();
                if (answered != rows) {
                    throw new IllegalStateException("statistics counted " + answered + " answers, expected " + rows);
                }
                out.note(name + ": " + items.size() + " questions, " + answered + " answers counted");
                return new Figure("statistics." + name + ".version.median_ms", millis.get(7), "ms");
            });
        }
    }

    /** 15 questions per graded attempt, right with a probability that rises with the attempt's score. */
    private static int answers(JdbcTemplate jdbc, CourseDefinition course, long versionId) {
        Random random = new Random(20261129);
        List<String> bank = course.questions().stream().map(QuestionDefinition::id).toList();
        List<Object[]> attempts = jdbc.query("select id, score_percent from attempt where course_version_id = ?",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getInt(2)}, versionId);
        List<Object[]> batch = new ArrayList<>();
        int total = 0;
        for (Object[] attempt : attempts) {
            List<String> drawn = new ArrayList<>(bank);
            Collections.shuffle(drawn, random);
            int score = (int) attempt[1];
            for (String question : drawn.subList(0, Math.min(15, drawn.size()))) {
                batch.add(new Object[] {attempt[0], versionId, question, random.nextInt(100) < score, score});
            }
            if (batch.size() >= 10_000) {
                total += flush(jdbc, batch);
            }
        }
        return total + flush(jdbc, batch);
    }

    private static int flush(JdbcTemplate jdbc, List<Object[]> batch) {
        jdbc.batchUpdate("insert into attempt_answer (attempt_id, course_version_id, question_id, correct, attempt_score)"
                + " values (?, ?, ?, ?, ?)", batch);
        int size = batch.size();
        batch.clear();
        return size;
    }
}
