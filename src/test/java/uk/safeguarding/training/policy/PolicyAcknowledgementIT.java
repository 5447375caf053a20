package uk.safeguarding.training.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.dataprotection.MyRecordService;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.policy.PolicyAdministration.VersionInput;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.FixtureTest;

/** Publishing, assigning and acknowledging policies, as the people involved and as an attacker would try. */
@FixtureTest
class PolicyAcknowledgementIT {

    @Autowired
    IdentityService identity;
    @Autowired
    PolicyAdministration administration;
    @Autowired
    PolicyService policies;
    @Autowired
    PolicyReport report;
    @Autowired
    MyRecordService records;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    uk.safeguarding.training.reminders.internal.ReminderJob reminders;
    @Autowired
    PeopleFixture people;

    private Policies fixtures;
    /** The fixtures' administrator, who publishes and assigns the policies. */
    private String admin;
    private OrganisationUnit unit;
    private UserAccount learner;

    @BeforeEach
    void setUp() {
        admin = people.administrator().getEmail();
        fixtures = new Policies(identity, administration, admin);
        unit = fixtures.unit("Policy unit");
        learner = fixtures.person("Pia Policy", unit, LocalDate.now().minusYears(1));
    }

    private <T> T as(UserAccount person, java.util.function.Supplier<T> work) {
        return AsUser.call(identity, person.getEmail(), work);
    }

    private int rows(long userId) {
        return jdbc.queryForObject("select count(*) from policy_acknowledgement where user_id = ?", Integer.class, userId);
    }

    @Test
    void a_learner_reads_answers_and_confirms_and_the_confirmation_records_who_which_version_and_when() {
        PolicyVersion v1 = fixtures.markdownPolicy("Our safeguarding policy", unit);

        List<PolicyStanding.Line> mine = as(learner, policies::myPolicies);
        assertThat(mine).singleElement().satisfies(l -> {
            assertThat(l.title()).isEqualTo("Our safeguarding policy");
            assertThat(l.status()).isEqualTo(PolicyStatus.TO_READ);
            assertThat(l.dueOn()).isEqualTo(LocalDate.now().plusDays(14));
        });
        PolicyService.Reading reading = as(learner, () -> policies.read(v1.getPolicyId()));
        assertThat(reading.safeHtml()).contains("<h1>Our safeguarding policy</h1>", "designated safeguarding lead");
        assertThat(reading.questions()).singleElement().satisfies(q -> assertThat(q.options()).hasSize(3));

        assertThatThrownBy(() -> as(learner, () -> policies.acknowledge(v1.getPolicyId(), v1.getId(), List.of(0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Question 1 is not right");
        assertThatThrownBy(() -> as(learner, () -> policies.acknowledge(v1.getPolicyId(), v1.getId(), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Answer question 1");
        assertThat(rows(learner.getId())).as("nothing stored for a wrong answer").isZero();

        Instant at = as(learner, () -> policies.acknowledge(v1.getPolicyId(), v1.getId(), List.of(1)));
        assertThat(as(learner, () -> policies.acknowledge(v1.getPolicyId(), v1.getId(), List.of(1))))
                .as("confirming twice records it once").isEqualTo(at);
        assertThat(rows(learner.getId())).isEqualTo(1);
        String hash = jdbc.queryForObject("select content_hash from policy_acknowledgement where user_id = ?", String.class,
                learner.getId());
        assertThat(hash).isEqualTo(PolicyAdministration.sha256(("# Our safeguarding policy\n\nReport any concern to the "
                + "designated safeguarding lead the same day.").getBytes(StandardCharsets.UTF_8))).isEqualTo(v1.getContentHash());
        assertThat(as(learner, policies::myPolicies)).singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo(PolicyStatus.ACKNOWLEDGED));

        String json = new String(as(learner, records::json).bytes(), StandardCharsets.UTF_8);
        assertThat(json).contains("Our safeguarding policy", v1.getContentHash());
    }

    @Test
    void a_new_version_asks_everyone_again_and_a_confirmation_of_the_old_one_is_refused() {
        PolicyVersion v1 = fixtures.markdownPolicy("Lone working policy", unit);
        as(learner, () -> policies.acknowledge(v1.getPolicyId(), v1.getId(), List.of(1)));

        PolicyVersion v2 = fixtures.newVersion(v1.getPolicyId(), "Lone working policy", "Call the out-of-hours number.");

        assertThat(as(learner, policies::myPolicies)).singleElement().satisfies(l -> {
            assertThat(l.versionNumber()).isEqualTo(2);
            assertThat(l.status()).isEqualTo(PolicyStatus.TO_READ);
            assertThat(l.earlierVersionAcknowledged()).isEqualTo(1);
        });
        assertThatThrownBy(() -> as(learner, () -> policies.acknowledge(v1.getPolicyId(), v1.getId(), List.of(1))))
                .isInstanceOf(uk.safeguarding.training.shared.Refusal.class).hasMessageContaining("read version 2");
        as(learner, () -> policies.acknowledge(v2.getPolicyId(), v2.getId(), List.of()));
        assertThat(rows(learner.getId())).isEqualTo(2);
    }

    @Test
    void someone_the_policy_is_not_assigned_to_can_neither_read_nor_confirm_it_whatever_id_they_send() {
        PolicyVersion v1 = fixtures.markdownPolicy("Visitors policy", unit);
        UserAccount outsider = fixtures.person("Olly Outside", fixtures.unit("Other unit"), LocalDate.now().minusYears(1));

        assertThatThrownBy(() -> as(outsider, () -> policies.read(v1.getPolicyId()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(outsider, () -> policies.acknowledge(v1.getPolicyId(), v1.getId(), List.of(1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(learner, () -> administration.publish(v1.getPolicyId(),
                new VersionInput("Visitors policy", "changed by a learner", null, "", List.of()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(learner, () -> administration.assignToUnits(v1.getPolicyId(), Set.of(unit.getId()), 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(rows(outsider.getId())).isZero();
    }

    @Test
    void parallel_confirmations_record_one_acknowledgement() throws Exception {
        PolicyVersion v1 = fixtures.markdownPolicy("Photography policy", unit);
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Instant>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Instant> confirm = () -> {
                    start.await();
                    return as(learner, () -> policies.acknowledge(v1.getPolicyId(), v1.getId(), List.of(1)));
                };
                results.add(pool.submit(confirm));
            }
            start.countDown();
            int succeeded = 0;
            for (Future<Instant> result : results) {
                try {
                    result.get();
                    succeeded++;
                } catch (java.util.concurrent.ExecutionException e) {
                    // The losers of the race hit the unique constraint; the person's confirmation is recorded either way.
                    assertThat(e.getCause()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
                }
            }
            assertThat(succeeded).isPositive();
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows(learner.getId())).isEqualTo(1);
    }

    @Test
    void scripts_in_the_text_are_removed_and_only_real_pdfs_are_accepted() {
        PolicyVersion v = AsUser.call(identity, admin, () -> administration.publish(null, new VersionInput(
                "Online safety", "Be safe <script>alert('x')</script><img src=x onerror=alert(1)>", null, "", List.of())));
        AsUser.run(identity, admin, () -> administration.assignToUnits(v.getPolicyId(), Set.of(unit.getId()), 7));
        String html = as(learner, () -> policies.read(v.getPolicyId())).safeHtml();
        assertThat(html).contains("Be safe").doesNotContain("<script", "onerror", "alert(");

        long before = jdbc.queryForObject("select count(*) from policy_version", Long.class);
        for (byte[] notAPdf : List.of("%PDF-1.7 but not really".getBytes(StandardCharsets.UTF_8),
                "<html>hello</html>".getBytes(StandardCharsets.UTF_8), new byte[0])) {
            assertThatThrownBy(() -> AsUser.call(identity, admin, () -> administration.publish(null,
                    new VersionInput("Fake PDF", null, notAPdf, "", List.of()))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageMatching("The (file|PDF).*");
        }
        assertThat(jdbc.queryForObject("select count(*) from policy_version", Long.class)).as("nothing half-written")
                .isEqualTo(before);

        byte[] real = Policies.pdf("Keeping children safe in education, Part 1");
        PolicyVersion pdf = AsUser.call(identity, admin, () -> administration.publish(null,
                new VersionInput("KCSIE Part 1", null, real, "", List.of())));
        AsUser.run(identity, admin, () -> administration.assignToUnits(pdf.getPolicyId(), Set.of(unit.getId()), 7));
        assertThat(as(learner, () -> policies.pdf(pdf.getPolicyId()))).isEqualTo(real);
        assertThat(pdf.getContentHash()).isEqualTo(PolicyAdministration.sha256(real));
    }

    @Test
    void questions_and_assignments_are_checked_before_anything_is_stored() {
        long before = jdbc.queryForObject("select count(*) from policy", Long.class);
        List<PolicyAdministration.QuestionInput> four = List.of(
                new PolicyAdministration.QuestionInput("1?", "a\nb", 1), new PolicyAdministration.QuestionInput("2?", "a\nb", 1),
                new PolicyAdministration.QuestionInput("3?", "a\nb", 1), new PolicyAdministration.QuestionInput("4?", "a\nb", 1));
        assertThatThrownBy(() -> AsUser.call(identity, admin, () -> administration.publish(null,
                new VersionInput("Too many", "text", null, "", four)))).hasMessageContaining("at most 3 questions");
        assertThatThrownBy(() -> AsUser.call(identity, admin, () -> administration.publish(null,
                new VersionInput("One option", "text", null, "", List.of(new PolicyAdministration.QuestionInput("Q?", "only", 1))))))
                .hasMessageContaining("between 2 and 5 options");
        assertThatThrownBy(() -> AsUser.call(identity, admin, () -> administration.publish(null,
                new VersionInput("Bad answer", "text", null, "", List.of(new PolicyAdministration.QuestionInput("Q?", "a\nb", 3))))))
                .hasMessageContaining("options 1 to 2");
        assertThatThrownBy(() -> AsUser.call(identity, admin, () -> administration.publish(null,
                new VersionInput(" ", "text", null, "", List.of())))).hasMessageContaining("title");
        assertThat(jdbc.queryForObject("select count(*) from policy", Long.class)).isEqualTo(before);
    }

    @Test
    void reminders_go_once_per_version_and_the_report_shows_a_manager_only_their_units() {
        PolicyVersion v = AsUser.call(identity, admin, () -> administration.publish(null, new VersionInput(
                "Fire safety and safeguarding", "Read this today.", null, "", List.of())));
        AsUser.run(identity, admin, () -> administration.assignToUnits(v.getPolicyId(), Set.of(unit.getId()), 0));

        reminders.run();
        reminders.run();
        assertThat(jdbc.queryForObject("select count(*) from reminder_sent where user_id = ? and kind = 'POLICY_DUE_SOON'",
                Integer.class, learner.getId())).as("due today: reminded once, however often the job runs").isEqualTo(1);

        assertThat(AsUser.call(identity, admin, () -> report.acknowledgementPage(0, 100_000)))
                .anySatisfy(r -> assertThat(r.userId()).isEqualTo(learner.getId()));
        UserAccount otherManager = people.manager("Mona", fixtures.unit("Another unit"));
        assertThat(AsUser.call(identity, otherManager.getEmail(), () -> report.acknowledgementPage(0, 100_000)))
                .noneSatisfy(r -> assertThat(r.userId()).isEqualTo(learner.getId()));
        assertThatThrownBy(() -> as(learner, () -> report.acknowledgementPage(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(learner, report::acknowledgementTotals)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_report_pages_through_the_rows_the_standing_rule_gives_and_counts_the_acknowledged_ones() {
        OrganisationUnit parent = fixtures.unit("Paged parent");
        OrganisationUnit child = fixtures.unitBelow("Paged child", parent);
        PolicyVersion everyone = fixtures.markdownPolicy("Paged policy for both units", parent);
        PolicyVersion childOnly = fixtures.markdownPolicy("Paged policy for the child unit", child);
        List<UserAccount> paged = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            paged.add(fixtures.person("Paged Parent " + i, parent, LocalDate.now().minusYears(1)));
        }
        for (int i = 0; i < 4; i++) {
            paged.add(fixtures.person("Paged Child " + i, child, LocalDate.now().minusYears(1)));
        }
        as(paged.get(0), () -> policies.acknowledge(everyone.getPolicyId(), everyone.getId(), List.of(1)));
        as(paged.get(3), () -> policies.acknowledge(childOnly.getPolicyId(), childOnly.getId(), List.of(1)));
        as(paged.get(4), () -> policies.acknowledge(everyone.getPolicyId(), everyone.getId(), List.of(1)));

        List<PolicyService.PersonPolicy> all = AsUser.call(identity, admin, () -> report.acknowledgementPage(0, 100_000));
        PolicyReport.AcknowledgementTotals totals = AsUser.call(identity, admin, report::acknowledgementTotals);
        assertThat(all).hasSize((int) totals.rows());
        assertThat(totals.acknowledged()).isEqualTo(all.stream().filter(r -> r.line().status().compliant()).count());
        // Parent people have one row, child people two; each row is the standing rule's line for that person.
        for (UserAccount person : paged) {
            List<PolicyService.PersonPolicy> theirs = all.stream().filter(r -> r.userId() == person.getId()).toList();
            assertThat(theirs).hasSize(person.getUnit().getId().equals(parent.getId()) ? 1 : 2);
            assertThat(theirs.stream().map(r -> r.line().policyId() + ":" + r.line().status()))
                    .containsExactlyInAnyOrderElementsOf(as(person, () -> policies.myPolicies()).stream()
                            .map(l -> l.policyId() + ":" + l.status()).toList());
        }
        assertThat(all.stream().filter(r -> r.line().status().compliant() && paged.stream().anyMatch(p -> p.getId() == r.userId())))
                .hasSize(3);
        // Pages of any size, put together, are the whole report in the same order, with no row twice or missing.
        for (int size : List.of(1, 3, 7)) {
            List<PolicyService.PersonPolicy> joined = new ArrayList<>();
            int end = size == 1 ? Math.min(all.size(), 25) : all.size();
            for (int offset = 0; offset < end; offset += size) {
                int from = offset;
                joined.addAll(AsUser.call(identity, admin, () -> report.acknowledgementPage(from, size)));
            }
            assertThat(joined.subList(0, end)).as("pages of " + size).isEqualTo(all.subList(0, end));
        }
        assertThat(AsUser.call(identity, admin, () -> report.acknowledgementPage(all.size(), 50))).isEmpty();

        // The CSV export, written page by page, has every row once, in the same order.
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertThat(AsUser.call(identity, admin, () -> report.exportCsv(out))).isEqualTo(all.size());
        List<String> csv = new String(out.toByteArray(), StandardCharsets.UTF_8).lines().toList();
        assertThat(csv.getFirst()).isEqualTo("\uFEFFName,Email,Unit,Policy,Version,Content hash,Status,Due,Acknowledged");
        assertThat(csv.subList(1, csv.size())).hasSize(all.size());
        for (int i = 0; i < all.size(); i++) {
            assertThat(csv.get(i + 1)).startsWith(all.get(i).name() + "," + all.get(i).email() + ",");
        }
    }
}
