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
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.training.certificate.CertificateCode;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.support.FreshPeople;

/** An administrator erases a person; a learner downloads their own record. Both with people made for the test. */
class DataProtectionIT extends BrowserTestBase {

    @Autowired
    IdentityService identity;
    @Autowired
    AssignmentService assignments;
    @Autowired
    JdbcTemplate jdbc;

    private String certificateCode(long userId) {
        return CertificateCode.display(jdbc.queryForObject("select code from certificate where user_id = ?", String.class, userId));
    }

    @Test
    void an_administrator_erases_a_person_and_their_certificate_then_shows_details_withheld() {
        FreshPeople people = new FreshPeople(identity, assignments, jdbc);
        UserAccount person = people.learner("Erica");
        people.completion(person.getId(), Instant.now().minusSeconds(86_400));
        String code = certificateCode(person.getId());

        signIn("admin@demo.test", PASSWORD);
        open("/admin/data-protection");
        $("h1").shouldHave(text("Data protection"));
        $$("vaadin-integer-field").findBy(attribute("label", "Keep training records and certificates (years after leaving)"))
                .shouldBe(visible);
        assertAccessible();

        $$("vaadin-text-field").findBy(attribute("label", "Find a person (name or email)")).$("input").setValue(person.getEmail());
        $$("vaadin-button").findBy(text("Find")).click();
        $$("vaadin-grid-cell-content").findBy(text(person.getEmail())).shouldBe(visible);
        assertAccessible();
        $("vaadin-button[aria-label='Erase " + person.getDisplayName() + "']").scrollIntoView("{block: \"center\"}").click();
        $("vaadin-dialog-overlay, vaadin-dialog").shouldHave(text("This cannot be undone"), text("details withheld"));
        assertAccessible();
        $$("vaadin-button").findBy(text("Erase permanently")).click();
        $$(".form-status").findBy(text("was erased")).shouldHave(text("erased person #" + person.getId()));

        signOut();
        open("/verify/" + code);
        $(".verify-result").shouldHave(text("Certificate issued, details withheld"), text("Status: valid"));
        assertThat($(".verify-result").getText()).doesNotContain(person.getDisplayName()).doesNotContain("awareness");
        assertAccessible();
    }

    /**
     * The service refuses (you cannot erase yourself) and the one error handler of the screens (ScreenErrors) shows
     * its message as an alert; nothing is erased.
     */
    @Test
    void an_administrator_who_tries_to_erase_themself_is_told_why_not_and_stays() {
        UserAccount me = identity.findByEmail("admin@demo.test").orElseThrow();
        signIn(me.getEmail(), PASSWORD);
        open("/admin/data-protection");
        $$("vaadin-text-field").findBy(attribute("label", "Find a person (name or email)")).$("input").setValue(me.getEmail());
        $$("vaadin-button").findBy(text("Find")).click();
        $("vaadin-button[aria-label='Erase " + me.getDisplayName() + "']").scrollIntoView("{block: \"center\"}").click();
        $$("vaadin-button").findBy(text("Erase permanently")).click();

        $(".screen-error").shouldHave(text("You cannot erase yourself; ask another administrator."), attribute("role", "alert"));
        assertAccessible();
        assertThat(identity.findByEmail(me.getEmail())).isPresent();
        assertThat($$(".form-status").filterBy(text("was erased"))).isEmpty();
    }

    @Test
    void a_learner_downloads_their_own_training_record_as_pdf_and_json() throws Exception {
        FreshPeople people = new FreshPeople(identity, assignments, jdbc);
        UserAccount learner = people.learner("Lena");
        people.completion(learner.getId(), Instant.now().minusSeconds(86_400));
        String code = certificateCode(learner.getId());

        signIn(learner.getEmail(), FreshPeople.PASSWORD);
        $("h1").shouldBe(visible);
        open("/my-record");
        $("h1").shouldHave(text("My training record"));
        assertAccessible();

        File pdf = $$("a").findBy(text("Download as PDF")).download();
        assertThat(new String(Files.readAllBytes(pdf.toPath()), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        File json = $$("a").findBy(text("Download as JSON")).download();
        assertThat(Files.readString(json.toPath(), StandardCharsets.UTF_8)).contains(learner.getEmail(), code);
    }
}
