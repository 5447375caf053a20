package uk.safeguarding.training.benchmark;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.training.Application;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.evidence.EvidencePackService;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.support.AsUser;

/**
 * The inspection evidence pack for a whole organisation of 5,000 people (the target: at most 5 s): the scale
 * data of the report benchmark with unit membership and one policy half acknowledged, then the PDF and the CSV for
 * the top unit as at today, each the median of three, on H2.
 */
final class EvidencePackBenchmark implements BenchmarkStep {

    static final int PEOPLE = Integer.getInteger("benchmark.evidence.people", 5_000);

    @Override
    public String name() {
        return "evidence";
    }

    @Override
    public String description() {
        return "evidence pack PDF and CSV of " + PEOPLE + " people in 100 units, as at today";
    }

    @Override
    public List<Target> targets() {
        return List.of(new Target("evidence.h2.pdf.seconds", 5), new Target("evidence.h2.csv.seconds", 5));
    }

    @Override
    public List<Figure> run(BenchmarkSettings settings, BenchmarkPrinter out) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("test").web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--logging.level.root=warn", "--spring.datasource.url=jdbc:h2:mem:evidence;DB_CLOSE_DELAY=-1")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            IdentityService identity = app.getBean(IdentityService.class);
            PublishedCourse course = app.getBean(CourseCatalog.class).newest("cse-awareness").orElseThrow();
            LocalDate today = LocalDate.now();
            new ScaleData(jdbc).generate(PEOPLE, 100, course.courseId(), course.versionId(), today);
            jdbc.update("insert into unit_membership (version, user_id, unit_id, from_on) "
                    + "select 0, id, unit_id, joined_on from user_account where email like '%@scale.test'");
            policyHalfAcknowledged(jdbc, today);
            long root = jdbc.queryForObject("select id from organisation_unit where name = 'Scale Trust'", Long.class);
            String admin = identity.findByEmail("admin@example.org").orElseThrow().getEmail();
            EvidencePackService evidence = app.getBean(EvidencePackService.class);
            return AsUser.call(identity, admin, () -> {
                List<Double> pdf = new ArrayList<>();
                List<Double> pdfCpu = new ArrayList<>();
                List<Double> csv = new ArrayList<>();
                int rows = 0;
                int bytes = 0;
                for (int i = 0; i < 3; i++) {
                    long start = System.nanoTime();
                    long cpu = processCpuNanos();
                    var file = evidence.pdf(root, today, uk.safeguarding.training.evidence.PackProgress.NONE);
                    pdf.add((System.nanoTime() - start) / 1e9);
                    pdfCpu.add((processCpuNanos() - cpu) / 1e9);
                    rows = file.rows();
                    bytes = file.bytes().length;
                    start = System.nanoTime();
                    evidence.csv(root, today, uk.safeguarding.training.evidence.PackProgress.NONE);
                    csv.add((System.nanoTime() - start) / 1e9);
                }
                pdf.sort(Double::compare);
                pdfCpu.sort(Double::compare);
                csv.sort(Double::compare);
                out.note("evidence: " + rows + " rows, PDF of " + bytes / 1024 + " KB");
                out.note(String.format(java.util.Locale.ROOT, "evidence: load average (1 min) after the runs %.2f",
                        Benchmarks.loadAverage()));
                // CPU time of the whole process while the PDF was made (all threads, garbage collection included):
                // on a shared machine it says what the work costs when the wall-clock time says how busy it was.
                return List.of(new Figure("evidence.h2.pdf.seconds", pdf.get(1), "s"),
                        new Figure("evidence.h2.pdf.cpu_seconds", pdfCpu.get(1), "s"),
                        new Figure("evidence.h2.csv.seconds", csv.get(1), "s"));
            });
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void policyHalfAcknowledged(JdbcTemplate jdbc, LocalDate today) {
        Timestamp published = Timestamp.from(Instant.now().minus(30, ChronoUnit.DAYS));
        jdbc.update("insert into policy (version, title, created_at, created_by) values (0, 'Scale safeguarding policy', ?, 'scale')",
                published);
        long policy = jdbc.queryForObject("select max(id) from policy", Long.class);
        jdbc.update("insert into policy_version (version, policy_id, number, format, markdown, content_hash, change_note, "
                + "published_at, published_by) values (0, ?, 1, 'MARKDOWN', '# Policy', ?, '', ?, 'scale')", policy,
                "0".repeat(64), published);
        long version = jdbc.queryForObject("select max(id) from policy_version", Long.class);
        long root = jdbc.queryForObject("select id from organisation_unit where name = 'Scale Trust'", Long.class);
        jdbc.update("insert into policy_unit_assignment (version, policy_id, unit_id, due_days, created_at, created_by) "
                + "values (0, ?, ?, 14, ?, 'scale')", policy, root, published);
        jdbc.update("insert into policy_acknowledgement (version, user_id, policy_id, policy_version_id, content_hash, acknowledged_at) "
                + "select 0, id, ?, ?, ?, ? from user_account where email like '%@scale.test' and mod(id, 2) = 0",
                policy, version, "0".repeat(64), Timestamp.from(Instant.now().minus(10, ChronoUnit.DAYS)));
    }
}
