package uk.safeguarding.training.browser;

import static com.codeborne.selenide.Condition.focused;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static com.codeborne.selenide.Selenide.webdriver;
import static com.codeborne.selenide.WebDriverConditions.urlContaining;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.SelenideElement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.training.authoring.AuthoringService;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.support.AsUser;

/**
 * A trainer previews a draft's scenario as a learner: from the module's last page in the preview, plays the hotel
 * scenario to a harmful ending, reads the summary, replays to a good ending and goes back to the module. Nothing is
 * stored: no scenario play exists afterwards that was not there before. Each screen gets an accessibility scan.
 */
class ScenarioPreviewIT extends BrowserTestBase {

    static final String COURSE = "scenario-preview";

    @Autowired
    IdentityService identity;
    @Autowired
    AuthoringService authoring;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_trainer_plays_a_draft_scenario_to_harm_replays_to_a_good_ending_and_nothing_is_stored() {
        CourseDefinition draft = AsUser.call(identity, "trainer@demo.test", () -> authoring.startCourse(COURSE,
                "Scenario preview course", "cse-awareness")).definition();
        String lastPageOfModuleFive = draft.modules().get(4).pages().getLast().title();
        long playsBefore = plays();
        signIn("trainer@demo.test", PASSWORD);
        $("h1").shouldHave(text("Courses"));

        open("/authoring/" + COURSE + "/preview?module=5");
        $("h1").shouldHave(text(lastPageOfModuleFive));
        $(".preview-scenarios").shouldHave(text("Scenarios in this module"));
        assertAccessible();
        $$(".preview-scenarios a").findBy(text("Play the scenario: Night shift on hotel reception"))
                .scrollIntoView("{block: 'center'}").click();

        webdriver().shouldHave(urlContaining("/authoring/" + COURSE + "/preview/5/scenario/2"));
        $("h1").shouldHave(text("Night shift on hotel reception"));
        $(".preview-notice").shouldHave(text("Nothing you do here is recorded"));
        $(".scenario-situation h2").shouldHave(text("Step 1"));
        assertAccessible();

        choice("Check them in").click();
        $(".scenario-consequence").shouldHave(text("You chose: Check them in"));
        $(".scenario-consequence h2").shouldBe(focused);
        $(".scenario-summary h2").shouldHave(text("Harmful outcome"));
        $(".scenario-summary").shouldHave(text("Your score: 0%"), text("The path you took"), text("A good path"),
                text("Call 999: a child may be in immediate danger."));
        assertAccessible();

        button("Play this scenario again").click();
        $(".scenario-situation h2").shouldBe(focused).shouldHave(text("Step 1"));
        choice("Call 999").click();
        $(".scenario-situation h2").shouldHave(text("Step 2"));
        choice("Stay calm").click();
        $(".scenario-summary h2").shouldHave(text("Good outcome"));
        $(".scenario-summary").shouldHave(text("Your score: 100%"), text("You took a good path"));
        assertAccessible();

        assertThat(plays()).as("a preview stores no play").isEqualTo(playsBefore);
        button("Back to the module").click();
        webdriver().shouldHave(urlContaining("/authoring/" + COURSE + "/preview?module=5"));
        // The page keeps the scroll position of the scenario: the heading is above, out of view until scrolled to.
        $("h1").scrollIntoView(true).shouldHave(text(lastPageOfModuleFive));
        $(".preview-scenarios").shouldHave(text("Play the scenario: Night shift on hotel reception"));
    }

    private long plays() {
        return jdbc.queryForObject("select count(*) from scenario_play", Long.class);
    }

    private static SelenideElement button(String label) {
        return $$("vaadin-button").findBy(text(label)).shouldBe(visible).scrollIntoView("{block: 'center'}");
    }

    private static SelenideElement choice(String startOfText) {
        return $$(".scenario-choice").findBy(text(startOfText)).shouldBe(visible).scrollIntoView("{block: 'center'}");
    }
}
