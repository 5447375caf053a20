package uk.safeguarding.training.browser;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.support.FreshPeople;

/** A learner downloads their Open Badge from My certificates; an employer pastes it on the public verify page. */
class OpenBadgeBrowserIT extends BrowserTestBase {

    @Autowired
    IdentityService identity;
    @Autowired
    AssignmentService assignments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void a_downloaded_badge_pasted_on_the_verify_page_is_valid_and_an_altered_one_is_not() throws Exception {
        FreshPeople people = new FreshPeople(identity, assignments, jdbc);
        UserAccount learner = people.learner("Bea");
        people.completion(learner.getId(), clock.instant().minus(Duration.ofDays(1)));

        signIn(learner.getEmail(), FreshPeople.PASSWORD);
        open("/my-certificates");
        $("h1").shouldHave(text("My certificates"));
        assertAccessible();
        File signed = $$("a").findBy(text("Download Open Badge (signed)")).download();
        File json = $$("a").findBy(text("Download Open Badge (JSON)")).download();
        String jwt = Files.readString(signed.toPath(), StandardCharsets.US_ASCII).strip();
        assertThat(signed.getName()).startsWith("open-badge-").endsWith(".jwt");
        assertThat(jwt.split("\\.")).hasSize(3);
        assertThat(Files.readString(json.toPath())).contains("\"OpenBadgeCredential\"", learner.getDisplayName());
        signOut();

        open("/verify");
        paste(jwt);
        $(".verify-result").shouldHave(text("Valid certificate"), text(learner.getDisplayName()), text("Valid until"));
        assertAccessible();

        String[] parts = jwt.split("\\.");
        String otherSignature = (parts[2].charAt(10) == 'A' ? "B" : "A");
        paste(parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + otherSignature + parts[2].substring(11));
        $(".verify-result").shouldHave(text("Not a genuine credential"), text("signature does not match"));
        assertAccessible();
    }

    /** Puts the text in the credential field as a paste would (typing 4 kB key by key only slows the test). */
    private static void paste(String credential) {
        Selenide.executeJavaScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                $("vaadin-text-area").shouldBe(visible), credential);
        $$("vaadin-button").findBy(text("Check credential")).shouldBe(visible).click();
    }
}
