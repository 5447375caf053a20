package uk.safeguarding.training.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.certificate.Verification;
import uk.safeguarding.training.certificate.VerificationService;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.FreshPeople;

/** Erasing a person on request: what goes, what stays anonymous, who may do it, and the retention settings. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class ErasureIT {

    private static final String ADMIN = "admin@demo.test";

    @Autowired
    DataProtectionService dataProtection;
    @Autowired
    IdentityService identity;
    @Autowired
    AssignmentService assignments;
    @Autowired
    VerificationService verification;
    @Autowired
    AuditLog audit;
    @Autowired
    uk.safeguarding.training.identity.PeopleAdministration peopleAdministration;
    @Autowired
    JdbcTemplate jdbc;

    private FreshPeople people;

    @BeforeEach
    void fixtures() {
        people = new FreshPeople(identity, assignments, jdbc);
    }

    /** Anonymous statistics: enrolments, completions, attempts and passes by unit and course. */
    private List<Map<String, Object>> statistics() {
        return jdbc.queryForList("""
                select u.unit_id, a.course_id, count(distinct e.id) as enrolments, count(distinct e.completed_at) as completions,
                       count(t.id) as attempts, sum(case when t.passed then 1 else 0 end) as passes
                  from enrolment e join user_account u on u.id = e.user_id join assignment a on a.id = e.assignment_id
                  left join attempt t on t.enrolment_id = e.id
                 group by u.unit_id, a.course_id order by u.unit_id, a.course_id""");
    }

    @Test
    void erasing_removes_personal_data_and_keeps_anonymous_statistics_and_a_withheld_certificate() {
        UserAccount person = people.learner("Esme");
        long enrolment = people.completion(person.getId(), Instant.now().minusSeconds(86_400));
        people.attempt(enrolment, 1, Instant.now().minusSeconds(3_600));
        jdbc.update("insert into notification (version, user_id, message, created_at) values (0, ?, 'Your training is due', ?)",
                person.getId(), Timestamp.from(Instant.now()));
        jdbc.update("insert into reminder_sent (version, reminder_key, user_id, kind, sent_at, emailed) values (0, ?, ?, 'DUE_SOON', ?, false)",
                "due-soon:test-" + person.getId(), person.getId(), Timestamp.from(Instant.now()));
        audit.recordAs(person.getEmail(), AuditAction.SIGN_IN, person.getEmail(), "");
        // An earlier name and address, as the People page records a change of details, and someone whose address
        // merely contains this person's.
        String formerEmail = "former-" + person.getEmail();
        audit.recordAs(ADMIN, AuditAction.USER_CHANGED, person.getEmail(),
                "Name: Esme Formerly -> " + person.getDisplayName() + ". Email: " + formerEmail + " -> " + person.getEmail() + ".");
        audit.recordAs(formerEmail, AuditAction.SIGN_IN, formerEmail, "Signed in as Esme Formerly");
        String lookAlike = "x" + person.getEmail();
        audit.recordAs(lookAlike, AuditAction.SIGN_IN, lookAlike, "");
        String code = jdbc.queryForObject("select code from certificate where user_id = ?", String.class, person.getId());
        assertThat(verification.verify(code, "erasure-it").learnerName()).isEqualTo(person.getDisplayName());
        List<Map<String, Object>> before = statistics();

        ErasureResult result = AsUser.call(identity, ADMIN, () -> dataProtection.erase(person.getId()));

        String pseudonym = "erased person #" + person.getId();
        assertThat(result.pseudonym()).isEqualTo(pseudonym);
        assertThat(result.certificatesWithheld()).isEqualTo(1);
        assertThat(statistics()).as("counts by unit and course").isEqualTo(before);
        UserAccount erased = identity.findById(person.getId()).orElseThrow();
        assertThat(erased.getEmail()).isEqualTo("erased-" + person.getId() + "@erased.invalid");
        assertThat(erased.getDisplayName()).isEqualTo("Erased person");
        assertThat(erased.getPasswordHash()).isNull();
        assertThat(erased.isActive()).isFalse();
        assertThat(erased.getRoles()).isEmpty();
        assertThat(identity.findByEmail(person.getEmail())).isEmpty();
        assertThat(jdbc.queryForObject("select answers_json from attempt where enrolment_id = ?", String.class, enrolment)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ?", Integer.class, person.getId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from reminder_sent where user_id = ?", Integer.class, person.getId())).isZero();
        assertThat(jdbc.queryForObject("select learner_name from certificate where code = ?", String.class, code))
                .isEqualTo("Details withheld");

        Verification check = verification.verify(code, "erasure-it");
        assertThat(check.outcome()).isEqualTo(Verification.Outcome.VALID);
        assertThat(check.detailsWithheld()).isTrue();
        assertThat(check.learnerName()).isNull();
        assertThat(check.courseTitle()).isNull();
        assertThat(check.completedOn()).isNull();

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where (actor = ? or subject like ? or details like ?) and actor <> ?",
                Integer.class, person.getEmail(), "%" + person.getEmail() + "%", "%" + person.getEmail() + "%", lookAlike)).isZero();
        assertThat(audit.byAction(AuditAction.SIGN_IN)).anySatisfy(e -> assertThat(e.getActor()).isEqualTo(pseudonym));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = ? or subject like ? or details like ?",
                Integer.class, formerEmail, "%Esme Formerly%", "%Esme Formerly%")).as("former email and name").isZero();
        assertThat(audit.byAction(AuditAction.SIGN_IN)).as("someone else's address that contains this one")
                .anySatisfy(e -> {
                    assertThat(e.getActor()).isEqualTo(lookAlike);
                    assertThat(e.getSubject()).isEqualTo(lookAlike);
                });
        assertThatThrownBy(() -> AsUser.run(identity, ADMIN, () -> peopleAdministration.reactivate(person.getId())))
                .as("an erased record is never brought back").hasMessageContaining("was erased");
        assertThatThrownBy(() -> AsUser.run(identity, ADMIN, () -> peopleAdministration.issueOneTimePassword(person.getId())))
                .hasMessageContaining("was erased");
        assertThat(audit.byAction(AuditAction.PERSON_ERASED)).anySatisfy(e -> {
            assertThat(e.getSubject()).isEqualTo(pseudonym);
            assertThat(e.getActor()).isEqualTo(ADMIN);
            assertThat(e.getDetails()).contains("Erased on request");
        });
        assertThatThrownBy(() -> AsUser.run(identity, ADMIN, () -> dataProtection.erase(person.getId())))
                .as("already erased").isInstanceOf(IllegalArgumentException.class);
        assertThat(AsUser.call(identity, ADMIN, () -> dataProtection.findPeople("Erased person"))).isEmpty();
    }

    @Test
    void the_search_for_people_to_erase_reads_wildcards_as_typed_text() {
        people.learner("Esme");
        assertThat(AsUser.call(identity, ADMIN, () -> dataProtection.findPeople("esme"))).isNotEmpty();
        for (String typed : List.of("%%", "__", "_%", "\\\\")) {
            assertThat(AsUser.call(identity, ADMIN, () -> dataProtection.findPeople(typed))).as("typed " + typed).isEmpty();
        }
    }

    @Test
    void nobody_erases_themselves_or_the_last_active_administrator() {
        assertThatThrownBy(() -> AsUser.run(identity, ADMIN, () -> dataProtection.erase(id(ADMIN))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yourself");

        // A deactivated administrator whose session is still open is the only caller who can reach the last active
        // one; other tests' administrators are set aside for the moment so the demo administrator is the last.
        UserAccount leaving = people.learner("Ada", Role.ADMIN);
        people.left(leaving.getId(), java.time.LocalDate.now());
        List<Long> otherAdmins = jdbc.queryForList("""
                select u.id from user_account u join user_role r on r.user_id = u.id
                 where r.role = 'ADMIN' and u.active = true and u.email <> ?""", Long.class, ADMIN);
        otherAdmins.forEach(id -> jdbc.update("update user_account set active = false where id = ?", id));
        try {
            assertThatThrownBy(() -> AsUser.run(identity, leaving.getEmail(), () -> dataProtection.erase(id(ADMIN))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("last active administrator");
        } finally {
            otherAdmins.forEach(id -> jdbc.update("update user_account set active = true where id = ?", id));
        }
        assertThat(identity.findByEmail(ADMIN)).isPresent();
    }

    @Test
    void only_administrators_use_the_data_protection_tools() {
        long someone = people.learner("Nell").getId();
        for (String email : List.of("learner@demo.test", "manager@demo.test", "trainer@demo.test")) {
            assertThatThrownBy(() -> AsUser.run(identity, email, () -> dataProtection.erase(someone)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.run(identity, email, () -> dataProtection.changePolicy(6, 12)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.run(identity, email, () -> dataProtection.findPeople("Nell")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.run(identity, email, () -> dataProtection.policy()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(identity.findById(someone).orElseThrow().isActive()).isTrue();
    }

    @Test
    void the_retention_policy_is_validated_changed_as_a_whole_and_audited() {
        AsUser.run(identity, ADMIN, () -> {
            assertThat(dataProtection.changePolicy(0, 12)).singleElement().asString().startsWith("Keep training records");
            assertThat(dataProtection.changePolicy(6, 1201)).singleElement().asString().startsWith("Keep quiz answers");
            assertThat(dataProtection.changePolicy(null, null)).hasSize(2);
            assertThat(dataProtection.policy().getKeepRecordsYears()).isEqualTo(6);

            assertThat(dataProtection.changePolicy(7, 18)).isEmpty();
            assertThat(dataProtection.policy().getKeepRecordsYears()).isEqualTo(7);
            assertThat(dataProtection.policy().getKeepAnswersMonths()).isEqualTo(18);
            assertThat(audit.byAction(AuditAction.SETTINGS_CHANGED)).anySatisfy(e -> {
                assertThat(e.getSubject()).isEqualTo("Retention policy");
                assertThat(e.getActor()).isEqualTo(ADMIN);
                assertThat(e.getDetails()).contains("7 year(s)").contains("18 month(s)");
            });
            assertThat(dataProtection.changePolicy(6, 12)).isEmpty();
        });
    }

    private long id(String email) {
        return identity.findByEmail(email).orElseThrow().getId();
    }
}
