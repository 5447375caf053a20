package uk.safeguarding.training.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.training.Application;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.learning.AssessmentService;
import uk.safeguarding.training.learning.LearnerViews.AttemptSheet;
import uk.safeguarding.training.learning.LearningService;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.Learners;

/**
 * Server-side time to grade and store one 15-question attempt, through the same service call the Submit button
 * makes (ownership check, grading, the guarded update, the next-attempt rule), on embedded H2 holding 1,000 generated
 * learners besides the demo organisation.
 */
final class GradingBenchmark implements BenchmarkStep {

    private static final String LEARNER = "tom.young@demo.test";

    /** With the demo organisation's few, the 1,000 learners issue 14 asks for. */
    private static final int LEARNERS = 1_000;

    @Override
    public String name() {
        return "grading";
    }

    @Override
    public String description() {
        return "median milliseconds to grade and store one 15-question attempt (AssessmentService.submit, H2, warm)";
    }

    @Override
    public List<Target> targets() {
        return List.of(Target.atMost("grading.submit.median_ms", 2.0, "4.0 ms"),
                Target.atMost("grading.submit.p99_ms", 10.0, ""));
    }

    @Override
    public List<Figure> run(BenchmarkSettings settings, BenchmarkPrinter out) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("test", "demo").web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--logging.level.root=warn")) {
            IdentityService identity = app.getBean(IdentityService.class);
            LearningService learning = app.getBean(LearningService.class);
            AssessmentService assessment = app.getBean(AssessmentService.class);
            CourseCatalog catalog = app.getBean(CourseCatalog.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            PublishedCourse published = catalog.newest("cse-awareness").orElseThrow();
            // Issue 14 measures with 1,000 learners in the database: their enrolments, graded attempts (with their
            // per-question rows) and certificates are in the tables and indexes the submit reads and writes.
            new ScaleData(jdbc).generate(LEARNERS, 50, published.courseId(), published.versionId(), LocalDate.now());
            perQuestionRows(jdbc, catalog.definition(published.versionId()));
            out.note("learners in the database: " + jdbc.queryForObject(
                    "select count(distinct user_id) from user_role where role = 'LEARNER'", Long.class)
                    + ", graded attempts: " + jdbc.queryForObject("select count(*) from attempt where submitted_at is not null", Long.class)
                    + ", per-question rows: " + jdbc.queryForObject("select count(*) from attempt_answer", Long.class));
            return AsUser.call(identity, LEARNER, () -> {
                long enrolment = Learners.readWholeCourse(learning, catalog);
                CourseDefinition course = catalog.definition(catalog.newest("cse-awareness").orElseThrow().versionId());
                int warmUp = 200;
                int measured = 500;
                List<Double> millis = new ArrayList<>();
                List<Double> cpuMillis = new ArrayList<>();
                long allocated = 0;
                // On a loaded machine the wall clock includes waiting for a core; this thread's CPU time does not.
                com.sun.management.ThreadMXBean threads =
                        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
                for (int i = 0; i < warmUp + measured; i++) {
                    AttemptSheet sheet = assessment.startOrResume(enrolment);
                    // One option per question, some right and some wrong: the attempt fails, so the next may start.
                    Map<String, Set<Integer>> answers = new java.util.HashMap<>();
                    sheet.questions().forEach(q -> answers.put(q.id(), Set.of(0)));
                    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    var result = assessment.submit(enrolment, sheet.attemptId(), answers);
                    long end = System.nanoTime();
                    long cpuEnd = threads.getCurrentThreadCpuTime();
                    long allocatedAfter = threads.getCurrentThreadAllocatedBytes();
                    if (result.outcome().passed()) {
                        throw new IllegalStateException("The benchmark's answers passed; it needs failing attempts to go on");
                    }
                    if (i >= warmUp) {
                        millis.add((end - start) / 1e6);
                        cpuMillis.add((cpuEnd - cpuStart) / 1e6);
                        allocated += allocatedAfter - allocatedBefore;
                    }
                }
                millis.sort(Double::compare);
                cpuMillis.sort(Double::compare);
                out.note("questions per attempt: " + course.questionsPerAttempt() + ", attempts measured: " + measured);
                return List.of(new Figure("grading.submit.median_ms", millis.get(millis.size() / 2), "ms"),
                        new Figure("grading.submit.p95_ms", millis.get((int) (millis.size() * 0.95)), "ms"),
                        new Figure("grading.submit.p99_ms", millis.get((int) (millis.size() * 0.99)), "ms"),
                        new Figure("grading.submit.cpu_median_ms", cpuMillis.get(cpuMillis.size() / 2), "ms"),
                        new Figure("grading.submit.allocated_kb", allocated / 1024.0 / measured, "KB"));
            });
        }
    }

    /** The graded attempts of the generated learners, question by question, as a submit would have stored them. */
    private static void perQuestionRows(JdbcTemplate jdbc, CourseDefinition course) {
        List<String> questions = course.questions().stream().limit(course.questionsPerAttempt())
                .map(q -> q.id()).toList();
        List<Object[]> rows = new ArrayList<>();
        jdbc.query("select a.id, a.course_version_id, a.score_percent from attempt a where a.submitted_at is not null"
                + " and not exists (select 1 from attempt_answer x where x.attempt_id = a.id)", rs -> {
            for (int q = 0; q < questions.size(); q++) {
                rows.add(new Object[] {rs.getLong(1), rs.getLong(2), questions.get(q), q < 13, rs.getInt(3)});
            }
        });
        jdbc.batchUpdate("insert into attempt_answer (attempt_id, course_version_id, question_id, correct, attempt_score)"
                + " values (?, ?, ?, ?, ?)", rows);
    }
}
