package uk.safeguarding.training.browser;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.open;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.training.certificate.Certificate;
import uk.safeguarding.training.certificate.CertificateService;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.support.AsUser;

/** The public verification page, signed out, for each kind of code. */
class VerificationIT extends BrowserTestBase {

    @Autowired
    IdentityService identity;
    @Autowired
    CertificateService certificates;

    private Certificate certificateOf(String email) {
        return AsUser.call(identity, email, () -> certificates.mine().getFirst());
    }

    @Test
    void a_valid_code_from_the_qr_link_shows_the_name_course_and_dates() {
        Certificate aisha = certificateOf("aisha.khan@demo.test");
        open("/verify/" + aisha.getDisplayCode());
        $(".verify-result").shouldHave(text("Valid certificate"), text("Aisha Khan"), text("awareness"), text("Valid until"));
        assertAccessible();
    }

    @Test
    void a_typed_code_in_lower_case_is_checked_too() {
        Certificate aisha = certificateOf("aisha.khan@demo.test");
        open("/verify");
        $("vaadin-text-field input").shouldBe(visible).setValue(aisha.getDisplayCode().toLowerCase()).sendKeys(Keys.ENTER);
        $(".verify-result").shouldHave(text("Valid certificate"));
        assertAccessible();
    }

    @Test
    void an_expired_code_says_expired() {
        open("/verify/" + certificateOf("harry.jones@demo.test").getDisplayCode());
        $(".verify-result").shouldHave(text("Expired certificate"), text("Harry Jones"), text("must be refreshed"));
    }

    @Test
    void a_revoked_code_says_revoked_with_the_date() {
        Certificate farhan = certificateOf("farhan.ali@demo.test");
        AsUser.run(identity, "admin@demo.test", () -> certificates.revoke(farhan.getId(), "Recorded against the wrong person"));
        open("/verify/" + farhan.getDisplayCode());
        $(".verify-result").shouldHave(text("Revoked certificate"), text("revoked on"));
        assertAccessible();
    }

    @Test
    void an_unknown_code_says_not_found() {
        open("/verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ");
        $(".verify-result").shouldHave(text("Certificate not found"));
        assertAccessible();
    }
}
