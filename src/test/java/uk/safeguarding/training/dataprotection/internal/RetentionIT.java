package uk.safeguarding.training.dataprotection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditEntry;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.certificate.Verification;
import uk.safeguarding.training.certificate.VerificationService;
import uk.safeguarding.training.dataprotection.DataProtectionService;
import uk.safeguarding.training.dataprotection.RetentionOutcome;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.FreshPeople;

/**
 * The nightly retention job on a fixed clock, with the default policy (records 6 years after leaving, answers 12
 * months): exactly the people and answers past their period go, nothing else; a second run changes nothing.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class RetentionIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    Retention retention;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;
    @Autowired
    AssignmentService assignments;
    @Autowired
    DataProtectionService dataProtection;
    @Autowired
    VerificationService verification;
    @Autowired
    AuditLog audit;

    private final Clock clock = Clock.fixed(Instant.now(), UK);
    private final LocalDate today = LocalDate.now(clock);
    private FreshPeople people;

    @BeforeEach
    void defaultPolicyAndNoClaimedRun() {
        people = new FreshPeople(identity, assignments, jdbc);
        AsUser.run(identity, "admin@demo.test", () -> assertThat(dataProtection.changePolicy(6, 12)).isEmpty());
        jdbc.update("delete from retention_run");
    }

    private RetentionJob job() {
        return new RetentionJob(jdbc, retention, clock);
    }

    @Test
    void people_who_left_more_than_six_years_ago_are_erased_and_the_others_kept() {
        UserAccount gone = people.learner("Gwen");
        UserAccount exactly = people.learner("Edith");
        UserAccount kept = people.learner("Kurt");
        long goneEnrolment = people.completion(gone.getId(), Instant.now(clock).minusSeconds(86_400L * 365 * 7));
        people.completion(kept.getId(), Instant.now(clock).minusSeconds(86_400L * 365 * 7));
        people.attempt(goneEnrolment, 1, Instant.now(clock).minusSeconds(86_400));
        people.left(gone.getId(), today.minusYears(6).minusDays(1));
        people.left(exactly.getId(), today.minusYears(6));
        people.left(kept.getId(), today.minusYears(6).plusDays(1));
        audit.recordAs(gone.getEmail(), AuditAction.SIGN_IN, gone.getEmail(), "");
        audit.recordAs("admin@demo.test", AuditAction.CERTIFICATE_REVOKED, "Certificate of " + gone.getDisplayName(), "Mistake");
        String goneCode = code(gone.getId());
        String keptCode = code(kept.getId());

        Optional<RetentionOutcome> run = job().run();

        assertThat(run).isPresent();
        assertThat(run.get().peopleErased()).isGreaterThanOrEqualTo(1);
        assertThat(run.get().failures()).isZero();
        Map<String, Object> erased = account(gone.getId());
        assertThat(erased).containsEntry("EMAIL", "erased-" + gone.getId() + "@erased.invalid")
                .containsEntry("DISPLAY_NAME", "Erased person").containsEntry("ACTIVE", false);
        assertThat(erased.get("PASSWORD_HASH")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from user_role where user_id = ?", Integer.class, gone.getId())).isZero();
        assertThat(jdbc.queryForObject("select answers_json from attempt where enrolment_id = ?", String.class, goneEnrolment))
                .as("the erased person's answers, however recent").isNull();
        assertThat(jdbc.queryForObject("select score_percent from attempt where enrolment_id = ?", Integer.class, goneEnrolment))
                .isEqualTo(80);
        assertThat(account(kept.getId())).containsEntry("EMAIL", kept.getEmail()).containsEntry("DISPLAY_NAME", kept.getDisplayName());
        assertThat(account(exactly.getId())).as("exactly six years: the period is not over yet")
                .containsEntry("EMAIL", exactly.getEmail());

        Verification withheld = verification.verify(goneCode, "retention-it");
        assertThat(withheld.detailsWithheld()).isTrue();
        assertThat(withheld.outcome()).isEqualTo(Verification.Outcome.EXPIRED);
        assertThat(withheld.learnerName()).isNull();
        assertThat(withheld.courseTitle()).isNull();
        assertThat(verification.verify(keptCode, "retention-it").learnerName()).isEqualTo(kept.getDisplayName());

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor like ? or subject like ? or details like ?",
                Integer.class, "%" + gone.getEmail() + "%", "%" + gone.getEmail() + "%", "%" + gone.getEmail() + "%"))
                .as("no audit entry names the erased person's email").isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject like ? or details like ?",
                Integer.class, "%" + gone.getDisplayName() + "%", "%" + gone.getDisplayName() + "%")).isZero();
        String pseudonym = "erased person #" + gone.getId();
        assertThat(audit.byAction(AuditAction.SIGN_IN)).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo(pseudonym);
            assertThat(e.getSubject()).isEqualTo(pseudonym);
        });
        assertThat(audit.byAction(AuditAction.PERSON_ERASED)).anySatisfy(e -> {
            assertThat(e.getSubject()).isEqualTo(pseudonym);
            assertThat(e.getActor()).isEqualTo("system");
            assertThat(e.getDetails()).contains("Retention period over").contains("1 certificate(s)");
        });
        AuditEntry applied = audit.byAction(AuditAction.RETENTION_APPLIED).getFirst();
        assertThat(applied.getDetails()).contains(run.get().peopleErased() + " person(s) erased")
                .contains("left before " + today.minusYears(6));
    }

    @Test
    void answers_older_than_twelve_months_are_deleted_and_newer_ones_kept_with_every_score() {
        UserAccount learner = people.learner("Alma");
        long enrolment = people.completion(learner.getId(), Instant.now(clock));
        Instant cutoff = today.minusMonths(12).atStartOfDay(UK).toInstant();
        long old = people.attempt(enrolment, 1, cutoff.minusSeconds(86_400));
        long recent = people.attempt(enrolment, 2, cutoff.plusSeconds(86_400));

        RetentionOutcome outcome = retention.apply(today);

        assertThat(outcome.attemptsWithoutAnswers()).isGreaterThanOrEqualTo(1);
        assertThat(answers(old)).isNull();
        assertThat(answers(recent)).isNotNull();
        assertThat(jdbc.queryForList("select score_percent, passed from attempt where enrolment_id = ? order by number",
                enrolment)).extracting(r -> r.get("SCORE_PERCENT"), r -> r.get("PASSED"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(80, true), org.assertj.core.groups.Tuple.tuple(80, true));
        assertThat(account(learner.getId())).as("still with us: not erased").containsEntry("EMAIL", learner.getEmail());
    }

    @Test
    void a_second_run_changes_nothing_and_a_second_claim_on_the_same_day_does_not_run() {
        UserAccount gone = people.learner("Gus");
        long enrolment = people.completion(gone.getId(), Instant.now(clock).minusSeconds(86_400L * 365 * 8));
        people.attempt(enrolment, 1, Instant.now(clock).minusSeconds(86_400L * 400));
        people.left(gone.getId(), today.minusYears(7));

        RetentionOutcome first = retention.apply(today);
        List<Map<String, Object>> accounts = jdbc.queryForList("select * from user_account order by id");
        List<Map<String, Object>> attempts = jdbc.queryForList("select * from attempt order by id");
        List<Map<String, Object>> certificates = jdbc.queryForList("select * from certificate order by id");
        int auditEntries = jdbc.queryForObject("select count(*) from audit_entry where action <> 'RETENTION_APPLIED'", Integer.class);
        RetentionOutcome second = retention.apply(today);

        assertThat(first.peopleErased()).isGreaterThanOrEqualTo(1);
        assertThat(second).isEqualTo(RetentionOutcome.NOTHING);
        assertThat(jdbc.queryForList("select * from user_account order by id")).isEqualTo(accounts);
        assertThat(jdbc.queryForList("select * from attempt order by id")).isEqualTo(attempts);
        assertThat(jdbc.queryForList("select * from certificate order by id")).isEqualTo(certificates);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action <> 'RETENTION_APPLIED'", Integer.class))
                .isEqualTo(auditEntries);

        assertThat(job().run()).as("first claim of the day").isPresent();
        assertThat(job().run()).as("the day is already claimed (another instance, or a second run)").isEmpty();
    }

    private Map<String, Object> account(long id) {
        return jdbc.queryForMap("select email, display_name, active, password_hash from user_account where id = ?", id);
    }

    private String answers(long attemptId) {
        return jdbc.queryForObject("select answers_json from attempt where id = ?", String.class, attemptId);
    }

    private String code(long userId) {
        return jdbc.queryForObject("select code from certificate where user_id = ?", String.class, userId);
    }
}
