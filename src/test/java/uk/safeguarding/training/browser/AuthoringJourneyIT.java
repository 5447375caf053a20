package uk.safeguarding.training.browser;

import static com.codeborne.selenide.Condition.enabled;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.webdriver;
import static com.codeborne.selenide.WebDriverConditions.urlContaining;
import static com.codeborne.selenide.Condition.exactText;

import com.codeborne.selenide.SelenideElement;
import com.codeborne.selenide.WebDriverRunner;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.training.authoring.AuthoringService;
import uk.safeguarding.training.authoring.Draft;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.support.AsUser;

/**
 * The demo trainer edits a page and watches the preview follow, adds a question, previews, publishes, and a learner
 * starting afterwards reads the change. Works on a copy of the shipped course (so the other browser tests keep
 * theirs) with tom.young as the learner, whom no other test uses.
 */
class AuthoringJourneyIT extends BrowserTestBase {

    static final String COURSE = "authoring-journey";
    static final String LEARNER = "tom.young@demo.test";
    static final String ADDED = "Trainers added this sentence in the browser.";

    @Autowired
    IdentityService identity;
    @Autowired
    AuthoringService authoring;
    @Autowired
    AssignmentService assignments;

    @Test
    void the_trainer_edits_a_page_adds_a_question_publishes_and_a_learner_sees_the_change() {
        Draft first = AsUser.call(identity, "trainer@demo.test", () -> authoring.startCourse(COURSE, "Journey course", "cse-awareness"));
        AsUser.call(identity, "trainer@demo.test", () -> authoring.publish(COURSE, first.revision()));
        assign(identity, assignments, LEARNER, COURSE);

        signIn("trainer@demo.test", PASSWORD);
        $("h1").shouldHave(text("Courses"));
        $("vaadin-grid").shouldHave(text("Journey course"));
        assertAccessible();
        $$("vaadin-button").findBy(com.codeborne.selenide.Condition.attribute("aria-label", "Edit Journey course")).click();
        $("h1").shouldHave(text("Edit course: Journey course"));
        $("h2").shouldHave(com.codeborne.selenide.Condition.innerText("Ready to publish"));
        assertAccessible();

        tab("Modules and pages");
        input("vaadin-text-area", "Page text", 0).sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n\n" + ADDED);
        $(".page-preview").shouldHave(text(ADDED));
        $(".draft-status").shouldHave(com.codeborne.selenide.Condition.innerText("Draft saved"));
        assertAccessible();

        tab("Questions");
        button("Add a question").click();
        input("vaadin-text-area", "Scenario", 0).setValue("Kai, 14, is collected from school by different older men.");
        input("vaadin-text-field", "Question", 1).setValue("What should you do first?");
        input("vaadin-text-field", "Option 1", 0).setValue("Tell the designated safeguarding lead today.");
        input("vaadin-text-area", "Feedback for option 1", 0).setValue("Right: the lead decides what happens next.");
        input("vaadin-text-field", "Option 2", 0).setValue("Wait until Kai says something.");
        input("vaadin-text-area", "Feedback for option 2", 0).setValue("Waiting leaves Kai at risk.");
        input("vaadin-text-area", "Feedback for option 2", 0).sendKeys(Keys.TAB);
        $$("h2").findBy(com.codeborne.selenide.Condition.innerText("Ready to publish")).should(com.codeborne.selenide.Condition.exist);
        assertAccessible();

        button("Preview as a learner").click();
        webdriver().shouldHave(urlContaining("/authoring/" + COURSE + "/preview"));
        $(".page-body").shouldHave(text(ADDED));
        assertAccessible();
        $$("a").findBy(text("Back to the editor")).click();

        button("Publish").shouldBe(enabled).click();
        button("Publish now").click();
        webdriver().shouldHave(urlContaining("/authoring/" + COURSE + "/versions"));
        $("h1").shouldHave(text("Versions of Journey course"));
        $(".page").shouldHave(text("Version 2"), text("text changed"), text("added"));
        assertAccessible();
        signOut();

        signIn(LEARNER, PASSWORD);
        $$(".course-card").findBy(text("Journey course")).$$("vaadin-button").findBy(text("Start course")).click();
        $(".page-body").shouldHave(text(ADDED));
    }

    // Shared with AuthoringXssIT: finding fields by their labels, the editor's parts, a trap for injected scripts.

    /** The visible field of this kind whose label (or text) contains {@code label}; the n-th when there are several. */
    static SelenideElement field(String tag, String label, int n) {
        return $$(tag).filter(text(label)).get(n).scrollIntoView("{block: 'center'}");
    }

    static SelenideElement input(String tag, String label, int n) {
        return field(tag, label, n).$(tag.equals("vaadin-text-area") ? "textarea" : "input");
    }

    static void tab(String label) {
        $$("vaadin-button.draft-section").findBy(exactText(label)).scrollIntoView("{block: 'center'}").click();
    }

    static SelenideElement button(String label) {
        return $$("vaadin-button").findBy(text(label)).scrollIntoView("{block: 'center'}");
    }

    /**
     * From the next page load on, any alert, confirm or prompt (what an injected script calls) is recorded in session
     * storage instead of being shown, so a test can assert that nothing ran, across page loads in the tab.
     */
    static void trapScripts() {
        WebDriver driver = WebDriverRunner.getWebDriver();
        while (driver instanceof WrapsDriver wrapper) {
            driver = wrapper.getWrappedDriver();
        }
        ((HasCdp) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "(() => { const hit = () => { try { sessionStorage.setItem('script-ran', '1'); } catch (e) {} };"
                        + " window.alert = hit; window.confirm = hit; window.prompt = hit; })();"));
    }

    static long assign(IdentityService identity, AssignmentService assignments, String email, String course) {
        long userId = identity.findByEmail(email).orElseThrow().getId();
        return AsUser.call(identity, "admin@demo.test",
                () -> assignments.assign(userId, course, LocalDate.now().plusDays(30), "test").getId());
    }
}
