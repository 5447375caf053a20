package uk.safeguarding.training.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import uk.safeguarding.training.certificate.CertificateCode;
import uk.safeguarding.training.evidence.PdfUaCheck;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.policy.Policies;
import uk.safeguarding.training.policy.PolicyAdministration;
import uk.safeguarding.training.policy.PolicyService;
import uk.safeguarding.training.policy.PolicyVersion;
import uk.safeguarding.training.support.AsUser;

/** A learner reads and confirms a policy; a manager downloads the evidence pack of their unit. People made for the test. */
class PolicyAndEvidenceJourneyIT extends BrowserTestBase {

    @Autowired
    IdentityService identity;
    @Autowired
    PolicyAdministration policyAdministration;
    @Autowired
    PolicyService policies;
    @Autowired
    AssignmentService assignments;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_learner_reads_a_policy_answers_its_question_and_confirms_it() {
        Policies fixtures = new Policies(identity, policyAdministration);
        OrganisationUnit unit = fixtures.unit("Reading room");
        UserAccount learner = fixtures.person("Rhea Reader", unit, LocalDate.now().minusYears(1));
        PolicyVersion policy = fixtures.markdownPolicy("Reading room safeguarding policy", unit);

        signIn(learner.getEmail(), PASSWORD);
        open("/my-training");
        $("h2", 0).shouldBe(visible);
        $$("h2").findBy(text("Policies to read and confirm")).shouldBe(visible);
        $$(".policy-card").findBy(text("Reading room safeguarding policy")).shouldHave(text("To read"), text("Version 1"));
        assertAccessible();

        $("vaadin-button[aria-label='Read and confirm: Reading room safeguarding policy']").click();
        $("h1").shouldHave(text("Reading room safeguarding policy"));
        $(".policy-text").shouldHave(text("Report any concern to the designated safeguarding lead the same day."));
        assertAccessible();

        $$("vaadin-button").findBy(text("I have read and understood")).click();
        $(".form-problems").shouldHave(text("Answer question 1 first."));
        $$("vaadin-radio-button").findBy(text("Nobody")).click();
        $$("vaadin-button").findBy(text("I have read and understood")).click();
        $(".form-problems").shouldHave(text("Question 1 is not right yet"));
        assertThat(acknowledgements(learner)).isZero();

        $$("vaadin-radio-button").findBy(text("The designated safeguarding lead")).click();
        $$("vaadin-button").findBy(text("I have read and understood")).click();
        $(".policy-confirmed").shouldHave(text("You confirmed that you have read and understood version 1"));
        assertAccessible();
        assertThat(jdbc.queryForObject("select content_hash from policy_acknowledgement where user_id = ?", String.class,
                learner.getId())).isEqualTo(policy.getContentHash());

        open("/my-training");
        $$(".policy-card").findBy(text("Reading room safeguarding policy")).shouldHave(text("Acknowledged"), text("Confirmed"));
    }

    private int acknowledgements(UserAccount person) {
        return jdbc.queryForObject("select count(*) from policy_acknowledgement where user_id = ?", Integer.class, person.getId());
    }

    @Test
    void a_manager_downloads_the_evidence_pack_of_their_unit_as_pdf_and_csv() throws Exception {
        Policies fixtures = new Policies(identity, policyAdministration);
        OrganisationUnit unit = fixtures.unit("Inspected school");
        UserAccount manager = AsUser.call(identity, Policies.ADMIN, () -> {
            UserAccount m = identity.createPerson(new IdentityService.NewPerson("head." + System.nanoTime() + "@policy.test",
                    "Hana Head", unit.getId(), Set.of(Role.LEARNER, Role.MANAGER), LocalDate.now().minusYears(2)),
                    identity.hash(PASSWORD), false);
            identity.grantManagement(m.getId(), unit.getId());
            return m;
        });
        UserAccount teacher = fixtures.person("Theo Teacher", unit, LocalDate.now().minusYears(1));
        AsUser.call(identity, Policies.ADMIN, () -> assignments.recordCompletion(teacher.getId(), "cse-awareness",
                Instant.now().minusSeconds(20L * 86_400), 88, Policies.ADMIN));
        jdbc.update("update certificate set issued_at = ? where user_id = ?", Timestamp.from(Instant.now().minusSeconds(20L * 86_400)),
                teacher.getId());
        String code = CertificateCode.display(jdbc.queryForObject("select code from certificate where user_id = ?", String.class, teacher.getId()));
        PolicyVersion policy = fixtures.markdownPolicy("Inspected school safeguarding policy", unit);
        AsUser.call(identity, teacher.getEmail(), () -> policies.acknowledge(policy.getPolicyId(), policy.getId(), List.of(1)));

        signIn(manager.getEmail(), PASSWORD);
        open("/team/evidence");
        $("h1").shouldHave(text("Evidence pack"));
        $$("vaadin-combo-box").findBy(attribute("label", "Unit (with every unit below it)")).shouldHave(attribute("value"));
        assertAccessible();

        File pdf = $$("a").findBy(text("Download PDF")).download();
        byte[] pdfBytes = Files.readAllBytes(pdf.toPath());
        String pdfText = PdfUaCheck.text(pdfBytes);
        assertThat(pdfText).contains("Safeguarding training evidence", unit.getName(), "Compliance by unit", "Theo Teacher",
                "Inspected school safeguarding", "Acknowledged", "Hana Head");
        assertThat(pdfText).as("the code on one line of its cell").contains(code);
        assertThat(PdfUaCheck.failures(pdfBytes, PDFAFlavour.PDFUA_1)).isEmpty();
        // Selenide fetches the file itself (no click, so no progress polling in the page); the audit log shows it.
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EVIDENCE_PACK_DOWNLOADED' "
                + "and actor = ? and details like '%PDF%'", Integer.class, manager.getEmail())).isEqualTo(1);

        File csv = $$("a").findBy(text("Download CSV")).download();
        String csvText = Files.readString(csv.toPath(), StandardCharsets.UTF_8);
        assertThat(csvText).startsWith("\uFEFFSection,Unit,Person,Email,Kind,Item,Status")
                .contains("Organisation,", "Summary," + unit.getName(), "Person," + unit.getName() + ",Theo Teacher,"
                        + teacher.getEmail() + ",Course,", code, "Inspected school safeguarding policy (version 1),Acknowledged");
        assertAccessible();
    }
}
