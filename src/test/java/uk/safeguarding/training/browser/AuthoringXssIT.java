package uk.safeguarding.training.browser;

import static com.codeborne.selenide.CollectionCondition.sizeGreaterThan;
import static com.codeborne.selenide.Condition.enabled;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static com.codeborne.selenide.Selenide.webdriver;
import static com.codeborne.selenide.WebDriverConditions.urlContaining;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.training.browser.AuthoringJourneyIT.button;
import static uk.safeguarding.training.browser.AuthoringJourneyIT.input;
import static uk.safeguarding.training.browser.AuthoringJourneyIT.tab;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.training.authoring.AuthoringService;
import uk.safeguarding.training.authoring.Draft;
import uk.safeguarding.training.authoring.DraftEdits;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.support.AsUser;

/**
 * Script typed into every authored field never runs: not in the editor's live preview, not in the preview as a
 * learner, not in the learner's pages, knowledge check, assessment or result. Plain-text fields show the payload as
 * text; Markdown that would carry script is refused by the validator (and sanitised in the preview meanwhile).
 * A one-module copy of the shipped course, with every question drawn, so every payload is on a page the test visits;
 * ryan.taylor is the learner (no other browser test uses him).
 */
class AuthoringXssIT extends BrowserTestBase {

    static final String COURSE = "authoring-xss";
    static final String LEARNER = "ryan.taylor@demo.test";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String LINK = "[x](javascript:alert(1))";

    @Autowired
    IdentityService identity;
    @Autowired
    AuthoringService authoring;
    @Autowired
    AssignmentService assignments;

    @Test
    void payloads_in_every_authored_field_never_run_in_the_preview_or_for_the_learner() {
        oneModuleDraft();
        open("/login");
        AuthoringJourneyIT.trapScripts();
        signIn("trainer@demo.test", PASSWORD);
        $("vaadin-button.sign-out").shouldBe(com.codeborne.selenide.Condition.visible);
        Selenide.executeJavaScript("alert('is the trap set?')");
        assertThat((Object) Selenide.executeJavaScript("return sessionStorage.getItem('script-ran')"))
                .as("the trap records a call to alert").isEqualTo("1");
        Selenide.executeJavaScript("sessionStorage.removeItem('script-ran')");
        open("/authoring/" + COURSE + "/edit");
        $("h1").shouldHave(text("Edit course"));

        input("vaadin-text-field", "Title", 0).setValue("XSS course " + IMG);
        input("vaadin-text-area", "Summary", 0).setValue("Summary " + SCRIPT);
        tab("Sources");
        input("vaadin-text-field", "Title", 0).setValue("Source " + SCRIPT);
        tab("Modules and pages");
        input("vaadin-text-field", "Module title", 0).setValue(SCRIPT + " Module");
        input("vaadin-text-area", "Objectives", 0).setValue("Objective " + IMG);
        input("vaadin-text-field", "Page 1 title", 0).setValue("Page " + IMG);
        SelenideElement page = input("vaadin-text-area", "Page text", 0);
        String original = page.getValue();
        page.setValue(original + "\n\n" + IMG + "\n\n" + SCRIPT + "\n\n" + LINK + "\n");
        $(".page-preview").shouldHave(text("x"));
        $$(".form-problems p").findBy(com.codeborne.selenide.Condition.innerText("Unsafe HTML")).should(com.codeborne.selenide.Condition.exist);
        $$(".form-problems p").findBy(com.codeborne.selenide.Condition.innerText("unsafe link URL")).should(com.codeborne.selenide.Condition.exist);
        assertNothingRan();
        button("Publish").shouldHave(com.codeborne.selenide.Condition.attribute("disabled"));
        page.setValue(original + "\n\nShown as code, never run: `" + IMG + "`\n");
        $(".page-preview code").shouldHave(text(IMG));

        tab("Knowledge checks");
        $$("vaadin-button").findBy(com.codeborne.selenide.Condition.attribute("aria-label", "Edit knowledge check 1")).click();
        typeQuestion();
        tab("Questions");
        $$("vaadin-button").findBy(com.codeborne.selenide.Condition.attribute("aria-label", "Edit question 1")).click();
        typeQuestion();
        $$("h2").findBy(com.codeborne.selenide.Condition.innerText("Ready to publish")).should(com.codeborne.selenide.Condition.exist);
        assertNothingRan();

        button("Preview as a learner").click();
        webdriver().shouldHave(urlContaining("/preview"));
        $("body").shouldHave(text(SCRIPT + " Module"), text("Page " + IMG));
        assertNothingRan();
        walkToTheEnd();
        open("/authoring/" + COURSE + "/edit");
        button("Publish").shouldBe(enabled).click();
        button("Publish now").click();
        webdriver().shouldHave(urlContaining("/versions"));
        signOut();

        AuthoringJourneyIT.assign(identity, assignments, LEARNER, COURSE);
        signIn(LEARNER, PASSWORD);
        $("body").shouldHave(text("XSS course " + IMG));
        assertNothingRan();
        $$(".course-card").findBy(text("XSS course")).$$("vaadin-button").findBy(text("Start course")).click();
        $("body").shouldHave(text(SCRIPT + " Module"), text("Page " + IMG), text("Objective " + IMG));
        $(".page-body code").shouldHave(text(IMG));
        assertNothingRan();
        walkToTheEnd();
    }

    /** Pages, the knowledge check, the assessment and its result, checking each for script that ran. */
    private void walkToTheEnd() {
        while ($$("vaadin-button").findBy(text("Next page")).exists()) {
            button("Next page").click();
            assertNothingRan();
        }
        button("Knowledge check").click();
        for (SelenideElement question : $$(".question").shouldHave(sizeGreaterThan(1))) {
            // Options are shuffled per learner: the edited question's first option (the one whose feedback carries
            // the payload) is found by its text, wherever it was placed.
            var options = question.$$("vaadin-radio-button, vaadin-checkbox");
            var edited = options.filterBy(text("Option " + IMG));
            (edited.isEmpty() ? options.first() : edited.first()).scrollIntoView("{block: 'center'}").$("label").click();
            question.parent().$$("vaadin-button").findBy(text("Check my answer")).scrollIntoView("{block: 'center'}").click();
        }
        $$(".feedback").findBy(com.codeborne.selenide.Condition.innerText("Feedback " + IMG)).should(com.codeborne.selenide.Condition.exist);
        assertNothingRan();
        button("Final assessment").shouldBe(enabled).click();
        $("h1").shouldHave(com.codeborne.selenide.Condition.innerText("Final assessment"));
        settled();
        if ($$("vaadin-button").findBy(text("Start the assessment")).exists()) {
            button("Start the assessment").click();
        }
        $("body").shouldHave(com.codeborne.selenide.Condition.innerText("Scenario " + SCRIPT),
                com.codeborne.selenide.Condition.innerText("Option " + IMG));
        assertNothingRan();
        for (SelenideElement question : $$(".question").shouldHave(sizeGreaterThan(1))) {
            // Options are shuffled per learner: the edited question's first option (the one whose feedback carries
            // the payload) is found by its text, wherever it was placed.
            var options = question.$$("vaadin-radio-button, vaadin-checkbox");
            var edited = options.filterBy(text("Option " + IMG));
            (edited.isEmpty() ? options.first() : edited.first()).scrollIntoView("{block: 'center'}").$("label").click();
        }
        button("Submit answers").click();
        $("body").shouldHave(com.codeborne.selenide.Condition.innerText("Feedback " + IMG));
        assertNothingRan();
    }

    private void typeQuestion() {
        input("vaadin-text-area", "Scenario", 0).setValue("Scenario " + SCRIPT);
        input("vaadin-text-field", "Question", 1).setValue("Prompt " + IMG + " " + LINK);
        input("vaadin-text-field", "Option 1", 0).setValue("Option " + IMG);
        input("vaadin-text-area", "Feedback for option 1", 0).setValue("Feedback " + IMG);
        input("vaadin-text-area", "Feedback for option 2", 0).setValue("Feedback " + SCRIPT);
    }

    private void assertNothingRan() {
        settled();
        assertThat((Object) Selenide.executeJavaScript("return sessionStorage.getItem('script-ran')"))
                .as("an injected script called alert").isNull();
        assertThat((Long) Selenide.executeJavaScript(
                "return document.querySelectorAll('[onerror], [onload]:not(body), a[href^=\"javascript\"], iframe').length"))
                .as("elements carrying script from course content").isZero();
        assertThat((Boolean) Selenide.executeJavaScript(
                "return Array.from(document.querySelectorAll('script')).some(s => s.textContent.includes('alert(1)'))"))
                .as("a <script> from course content in the page").isFalse();
    }

    /** One module, every question in it drawn, so the test can reach every payload in one walk. */
    private void oneModuleDraft() {
        Draft draft = AsUser.call(identity, "trainer@demo.test", () -> authoring.startCourse(COURSE, "XSS course", "cse-awareness"));
        CourseDefinition course = draft.definition();
        while (course.modules().size() > 1) {
            course = DraftEdits.removeModule(course, 1);
        }
        DraftEdits.Settings s = DraftEdits.Settings.of(course);
        course = DraftEdits.settings(course, new DraftEdits.Settings(s.title(), s.summary(), s.audience(),
                s.estimatedMinutes(), s.passMark(), course.questions().size(), s.validityMonths(), 0, 0));
        CourseDefinition oneModule = course;
        AsUser.call(identity, "trainer@demo.test", () -> authoring.save(COURSE, oneModule, draft.revision()));
    }
}
