package uk.safeguarding.training.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.dataprotection.DataProtectionService;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.PeopleAdministration;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.policy.Policies;
import uk.safeguarding.training.policy.PolicyAdministration;
import uk.safeguarding.training.policy.PolicyVersion;
import uk.safeguarding.training.learning.EnrolmentFixture;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.FixtureTest;

/**
 * The evidence pack shows a past day as it was: later moves, leaving and erasure do not change it; the same inputs
 * give the same bytes; the PDF passes veraPDF; the scope holds whatever the caller sends.
 */
@FixtureTest
class EvidencePackIT {

    @Autowired
    EvidencePackService evidence;
    @Autowired
    IdentityService identity;
    @Autowired
    PolicyAdministration policyAdministration;
    @Autowired
    AssignmentService assignments;
    @Autowired
    PeopleAdministration people;
    @Autowired
    DataProtectionService dataProtection;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleFixture staff;
    @Autowired
    CourseFixture courses;
    @Autowired
    EnrolmentFixture enrolments;

    private String admin() {
        return staff.administrator().getEmail();
    }

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        return AsUser.call(identity, admin(), work);
    }

    @Test
    void a_past_day_keeps_its_picture_after_moves_and_erasure_and_the_same_inputs_give_the_same_bytes() throws Exception {
        Policies fixtures = new Policies(identity, policyAdministration, admin());
        PublishedCourse course = courses.minimal();
        OrganisationUnit home = fixtures.unit("Harbour House");
        OrganisationUnit team = fixtures.unitBelow("Night team", home);
        OrganisationUnit elsewhere = fixtures.unit("Elsewhere");
        LocalDate today = LocalDate.now();
        LocalDate yesterday = today.minusDays(1);
        UserAccount mover = fixtures.person("Mo Mover", team, today.minusDays(60));
        UserAccount stayer = fixtures.person("Stella Stayer", home, today.minusDays(60));
        UserAccount erased = fixtures.person("Eve Erased", team, today.minusDays(60));
        asAdmin(() -> assignments.recordCompletion(mover.getId(), course.key(), Instant.now().minusSeconds(30L * 86_400),
                92, admin()));
        String code = uk.safeguarding.training.certificate.CertificateCode.display(jdbc.queryForObject("select code from certificate where user_id = ?", String.class, mover.getId()));
        // A recorded completion's certificate is issued when it is recorded (now); here it was recorded at the time.
        jdbc.update("update certificate set issued_at = ? where user_id = ?",
                Timestamp.from(Instant.now().minusSeconds(30L * 86_400)), mover.getId());
        PolicyVersion policy = fixtures.markdownPolicy("Harbour House safeguarding policy", home);
        // The policy was published and assigned ten days ago (as recorded then).
        Timestamp tenDaysAgo = Timestamp.from(Instant.now().minusSeconds(10L * 86_400));
        jdbc.update("update policy_version set published_at = ? where policy_id = ?", tenDaysAgo, policy.getPolicyId());
        jdbc.update("update policy_unit_assignment set created_at = ? where policy_id = ?", tenDaysAgo, policy.getPolicyId());

        EvidencePack before = asAdmin(() -> evidence.pack(home.getId(), yesterday, PackProgress.NONE));
        byte[] csvBefore = asAdmin(() -> evidence.csv(home.getId(), yesterday, PackProgress.NONE)).bytes();
        byte[] pdfBefore = asAdmin(() -> evidence.pdf(home.getId(), yesterday, PackProgress.NONE)).bytes();

        asAdmin(() -> {
            people.movePerson(mover.getId(), elsewhere.getId());
            dataProtection.erase(erased.getId());
            return null;
        });

        EvidencePack after = asAdmin(() -> evidence.pack(home.getId(), yesterday, PackProgress.NONE));
        assertThat(after.summary()).isEqualTo(before.summary());
        assertThat(after.summary().getFirst().people()).isEqualTo(3);
        assertThat(after.rows()).extracting(EvidencePack.Row::person)
                .containsExactlyInAnyOrder("Stella Stayer", "Mo Mover", "Mo Mover", "Erased person");
        assertThat(after.rows()).filteredOn(r -> r.kind().equals("Course")).singleElement().satisfies(r -> {
            assertThat(r.person()).isEqualTo("Mo Mover");
            assertThat(r.unit()).isEqualTo(home.getName() + " / " + team.getName());
            assertThat(r.status()).isEqualTo("Completed");
            assertThat(r.certificateCode()).isEqualTo(code);
            assertThat(r.validUntil()).isNotNull();
        });
        assertThat(after.rows()).filteredOn(r -> r.kind().equals("Policy")).hasSize(3)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo("Due soon"));
        assertThat(after.rows()).filteredOn(r -> r.person().equals("Erased person"))
                .allSatisfy(r -> assertThat(r.email()).isEmpty());

        // Today the mover is in their new unit and the erased person has left: the pack for today says so.
        EvidencePack now = asAdmin(() -> evidence.pack(home.getId(), today, PackProgress.NONE));
        assertThat(now.rows()).extracting(EvidencePack.Row::person).containsOnly("Stella Stayer");
        assertThat(asAdmin(() -> evidence.pack(elsewhere.getId(), yesterday, PackProgress.NONE)).rows()).isEmpty();
        assertThat(asAdmin(() -> evidence.pack(elsewhere.getId(), today, PackProgress.NONE)).rows())
                .extracting(EvidencePack.Row::person).containsExactly("Mo Mover");

        // Erasure changed the name in the past rows (anonymous), and nothing else.
        byte[] csvAfter = asAdmin(() -> evidence.csv(home.getId(), yesterday, PackProgress.NONE)).bytes();
        assertThat(asAdmin(() -> evidence.csv(home.getId(), yesterday, PackProgress.NONE)).bytes()).isEqualTo(csvAfter);
        assertThat(asAdmin(() -> evidence.pdf(home.getId(), yesterday, PackProgress.NONE)).bytes())
                .isEqualTo(asAdmin(() -> evidence.pdf(home.getId(), yesterday, PackProgress.NONE)).bytes());
        String csv = new String(csvAfter, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFSection,Unit,Person").contains(code, "Erased person", "Mo Mover",
                "Harbour House safeguarding policy (version 1)").doesNotContain(erased.getEmail(), "Eve Erased");
        assertThat(new String(csvBefore, StandardCharsets.UTF_8)).contains("Eve Erased");

        List<String> steps = new java.util.concurrent.CopyOnWriteArrayList<>();
        byte[] pdf = asAdmin(() -> evidence.pdf(home.getId(), yesterday,
                (step, done, total) -> steps.add(step + " " + done + "/" + total))).bytes();
        // Progress says what is being done and how far, ending with every row written.
        assertThat(steps).startsWith(EvidencePackService.READING + " 0/0").contains(EvidencePackService.READING + " 3/3")
                .endsWith("Writing the PDF 4/4");
        String text = PdfUaCheck.text(pdf);
        assertThat(text).contains("Safeguarding training evidence", home.getName(), "Compliance by unit", "Mo Mover",
                "Erased person").doesNotContain("Eve Erased");
        assertThat(text).as("the code on one line of its cell").contains(code);
        assertThat(PdfUaCheck.text(pdfBefore)).contains("Eve Erased");
        assertThat(PdfUaCheck.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(PdfUaCheck.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();

        assertThat(audit.byAction(AuditAction.EVIDENCE_PACK_DOWNLOADED)).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo(admin());
            assertThat(e.getSubject()).isEqualTo(home.getName());
            assertThat(e.getDetails()).contains("As at " + yesterday, "PDF", "3 people");
        });
    }

    @Test
    void a_manager_gets_only_their_own_units_and_nobody_gets_a_day_in_the_future() {
        OrganisationUnit other = staff.unit("Not managed");
        OrganisationUnit schoolsUnit = staff.unit("Schools");
        long schools = schoolsUnit.getId();
        String manager = staff.manager("Manager", schoolsUnit).getEmail();
        UserAccount learner = staff.learner("Leah", schoolsUnit);
        enrolments.assigned(learner, courses.minimal());
        LocalDate today = LocalDate.now();

        assertThatThrownBy(() -> AsUser.call(identity, manager, () -> evidence.csv(other.getId(), today, PackProgress.NONE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(identity, learner.getEmail(), () -> evidence.csv(schools, today, PackProgress.NONE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call(identity, manager, () -> evidence.csv(schools, today, PackProgress.NONE)).rows()).isPositive();
        assertThatThrownBy(() -> AsUser.call(identity, manager, () -> evidence.csv(schools, today.plusDays(1), PackProgress.NONE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("today or a day in the past");
        assertThat(AsUser.call(identity, manager, () -> evidence.units()))
                .extracting(OrganisationUnit::getName).contains(schoolsUnit.getName()).doesNotContain(other.getName());
    }
}
