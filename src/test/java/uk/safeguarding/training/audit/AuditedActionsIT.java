package uk.safeguarding.training.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import uk.safeguarding.training.authoring.AuthoringService;
import uk.safeguarding.training.authoring.CourseVersionService;
import uk.safeguarding.training.authoring.Draft;
import uk.safeguarding.training.certificate.Certificate;
import uk.safeguarding.training.certificate.CertificateService;
import uk.safeguarding.training.content.CourseFileSet;
import uk.safeguarding.training.content.CourseZip;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.IdentityService.NewPerson;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.reporting.ReportExport;
import uk.safeguarding.training.reporting.ReportFilter;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.FixtureTest;

/**
 * Every action the audit log promised before the admin work (issue 8) writes its entry, with who did it and to
 * what. The people and units are made here, signed in as the fixtures' administrator, with a trainer and a manager
 * of the test's own.
 */
@FixtureTest
class AuditedActionsIT {

    static final String PASSWORD = PeopleFixture.PASSWORD;

    @Autowired
    PeopleFixture people;
    @Autowired
    CourseFixture courses;

    String admin;
    String trainer;
    String manager;

    @BeforeEach
    void anAdministratorATrainerAManagerAndTheShippedCourse() {
        courses.shipped();
        admin = people.administrator().getEmail();
        OrganisationUnit office = people.unit("Audit office");
        trainer = people.person("Trainer", office, LocalDate.now().minusYears(2), Role.TRAINER).getEmail();
        manager = people.manager("Manager", office).getEmail();
    }

    @Autowired
    IdentityService identity;
    @Autowired
    AuthenticationManager signIn;
    @Autowired
    AuditLog audit;
    @Autowired
    AuthoringService authoring;
    @Autowired
    CourseVersionService versions;
    @Autowired
    CertificateService certificates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ReportExport reports;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private OrganisationUnit unit(String name) {
        return AsUser.call(identity, admin, () -> identity.createUnit(name + " " + tag, identity.allUnits().getFirst()));
    }

    private UserAccount person(String name, OrganisationUnit unit) {
        return AsUser.call(identity, admin, () -> identity.createPerson(new NewPerson(name + "." + tag + "@audit.test",
                "Audit " + name, unit.getId(), Set.of(Role.LEARNER), null), identity.hash(PASSWORD), false));
    }

    private List<AuditEntry> entries(AuditAction action, String subject) {
        return audit.byAction(action).stream().filter(e -> e.getSubject().equals(subject)).toList();
    }

    private void attempt(String email, String password) {
        signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void sign_ins_failures_and_lockouts_are_recorded_against_the_email() {
        String email = person("signer", unit("Sign-in unit")).getEmail();

        attempt(email, PASSWORD);
        assertThat(entries(AuditAction.SIGN_IN, email)).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo(email));

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt(email, "wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(entries(AuditAction.SIGN_IN_FAILED, email)).hasSize(5).allSatisfy(e -> {
            assertThat(e.getActor()).isEqualTo(email);
            assertThat(e.getDetails()).isEqualTo("Wrong email or password");
        });
        assertThat(entries(AuditAction.ACCOUNT_LOCKED, email)).singleElement().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo(email);
            assertThat(e.getDetails()).contains("15 minutes");
        });
    }

    @Test
    void a_password_change_is_recorded_against_the_person() {
        String email = person("changer", unit("Password unit")).getEmail();

        List<String> problems = AsUser.call(identity, email,
                () -> identity.changeOwnPassword(PASSWORD, "a long and unusual passphrase " + tag));

        assertThat(problems).isEmpty();
        assertThat(entries(AuditAction.PASSWORD_CHANGED, email)).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo(email));
    }

    @Test
    void moving_a_person_between_units_is_recorded_with_the_administrator_and_the_new_unit() {
        OrganisationUnit from = unit("Old unit");
        OrganisationUnit to = unit("New unit");
        UserAccount mover = person("mover", from);

        AsUser.run(identity, admin, () -> identity.movePerson(mover.getId(), to.getId()));

        assertThat(entries(AuditAction.UNIT_CHANGED, mover.getEmail())).singleElement().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo(admin);
            assertThat(e.getDetails()).isEqualTo("Moved from " + from.getName() + " to " + to.getName());
        });
    }

    @Test
    void saving_and_publishing_a_draft_and_importing_a_course_are_recorded_with_the_trainer() throws Exception {
        String key = "audit-course-" + tag;
        String title = "Audit course " + tag;
        Draft draft = AsUser.call(identity, trainer, () -> authoring.startCourse(key, title, "cse-awareness"));
        assertThat(entries(AuditAction.COURSE_DRAFT_SAVED, title + " draft")).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo(trainer));

        AsUser.call(identity, trainer, () -> authoring.publish(key, draft.revision()));
        assertThat(entries(AuditAction.COURSE_PUBLISHED, title + " version 1")).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo(trainer));

        String importedTitle = "Imported course " + tag;
        SortedMap<String, byte[]> files = new TreeMap<>(CourseFileSet.fromFolder(Path.of("src/test/resources/courses-valid/minimal")).files());
        String yaml = new String(files.get("course.yaml"), StandardCharsets.UTF_8)
                .replace("id: minimal-course", "id: imported-" + tag).replace("title: Minimal course", "title: " + importedTitle);
        files.put("course.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        byte[] zip = CourseZip.zip("imported-" + tag, CourseFileSet.of(files));
        var outcome = AsUser.call(identity, trainer, () -> versions.importZip("audit.zip", new ByteArrayInputStream(zip)));
        assertThat(outcome.problems()).isEmpty();
        assertThat(entries(AuditAction.COURSE_IMPORTED, importedTitle + " version 1")).singleElement().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo(trainer);
            assertThat(e.getDetails()).startsWith("From audit.zip: published as version 1");
        });
    }

    @Test
    void revoking_a_certificate_is_recorded_with_the_administrator_and_the_reason() {
        OrganisationUnit unit = unit("Certificate unit");
        UserAccount learner = person("certified", unit);
        AsUser.run(identity, admin, () -> assignments.recordCompletion(learner.getId(), "cse-awareness",
                Instant.now(), 90, admin));
        Certificate certificate = AsUser.call(identity, admin, () -> certificates.forUnit(unit.getId())).stream()
                .filter(c -> c.getUserId() == learner.getId()).findFirst().orElseThrow();

        AsUser.run(identity, admin, () -> certificates.revoke(certificate.getId(), "Issued in error"));

        assertThat(entries(AuditAction.CERTIFICATE_REVOKED,
                "Certificate " + certificate.getDisplayCode() + " of " + learner.getDisplayName())).singleElement()
                .satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo(admin);
                    assertThat(e.getDetails()).isEqualTo("Issued in error");
                });
    }

    @Test
    void exports_of_personal_data_are_recorded_with_who_exported_what() {
        OrganisationUnit unit = unit("Export unit");
        UserAccount learner = person("exported", unit);
        AsUser.run(identity, admin, () -> assignments.recordCompletion(learner.getId(), "cse-awareness",
                Instant.now(), 95, admin));
        int before = audit.byAction(AuditAction.PERSONAL_DATA_EXPORTED).size();

        AsUser.run(identity, manager, () -> reports.csv(ReportFilter.everything().withName("no such person " + tag),
                new ByteArrayOutputStream(), n -> { }));
        int written = AsUser.call(identity, admin, () -> certificates.writeZip(unit.getId(), new ByteArrayOutputStream(), n -> { }));

        assertThat(written).isEqualTo(1);
        List<AuditEntry> exports = audit.byAction(AuditAction.PERSONAL_DATA_EXPORTED);
        assertThat(exports).hasSize(before + 2);
        assertThat(exports).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo(manager);
            assertThat(e.getSubject()).isEqualTo("Training report (CSV)");
            assertThat(e.getDetails()).contains("0 rows", "name=no such person " + tag);
        });
        assertThat(entries(AuditAction.PERSONAL_DATA_EXPORTED, "Certificates of " + unit.getName() + " (ZIP)")).singleElement()
                .satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo(admin);
                    assertThat(e.getDetails()).startsWith("1 certificate;");
                });
    }
}
