package uk.safeguarding.training.browser;

import static com.codeborne.selenide.CollectionCondition.sizeGreaterThan;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static com.codeborne.selenide.Selenide.webdriver;
import static com.codeborne.selenide.WebDriverConditions.urlContaining;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.training.content.CourseText;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.support.DemoPeople;

/** The same journey as LearnerJourneyIT with the keyboard alone: no clicks from sign-in to completion. */
class KeyboardJourneyIT extends BrowserTestBase {

    @Autowired
    CourseCatalog catalog;
    @Autowired
    CourseText courseText;
    @Autowired
    OrganisationService organisation;

    @Test
    void a_keyboard_user_completes_the_course_failing_once_then_passing() {
        CourseAnswers answers = new CourseAnswers(catalog, courseText, organisation);
        open("/login");
        $("input[name=username]").shouldBe(visible);
        // The sign-in form puts the focus in the email field.
        assertThat((String) Selenide.executeJavaScript("return document.activeElement.name")).isEqualTo("username");
        Keyboard.press(DemoPeople.KEYBOARD, Keys.TAB, PASSWORD, Keys.ENTER);
        $("h1").shouldHave(text("My training"));

        Keyboard.activate("Start course");
        int modules = answers.course().modules().size();
        for (int m = 1; m <= modules; m++) {
            int pages = answers.course().modules().get(m - 1).pages().size();
            for (int p = 1; p <= pages; p++) {
                webdriver().shouldHave(urlContaining("/" + m + "/" + p));
                assertThat((String) Selenide.executeJavaScript("return document.activeElement.tagName"))
                        .as("focus starts at the page heading").isEqualTo("H1");
                Keyboard.activate(p < pages ? "Next page" : "Knowledge check");
            }
            webdriver().shouldHave(urlContaining("/" + m + "/check"));
            ElementsCollection questions = $$(".question").shouldHave(sizeGreaterThan(1));
            for (int q = 0; q < questions.size(); q++) {
                Keyboard.tabIntoQuestion(q);
                Keyboard.press(Keys.SPACE);
                Keyboard.activate("Check my answer");
                questions.get(q).parent().$(".feedback").shouldHave(text("answer"));
            }
            Keyboard.activate(m < modules ? "Next module" : "Final assessment");
        }

        webdriver().shouldHave(urlContaining("/assessment"));
        Keyboard.activate("Start the assessment");
        answerAll(answers, false);
        Keyboard.activate("Submit answers");
        $("h1").shouldHave(text("Not passed this time"));
        Keyboard.activate("Try again with new questions");
        $("h1").shouldHave(text("Final assessment"));
        Keyboard.activate("Start the assessment");
        answerAll(answers, true);
        Keyboard.activate("Submit answers");
        $("h1").shouldHave(text("You passed"));
        Keyboard.activate("Back to my training");
        $(".course-card").shouldHave(text("Completed"));
    }

    private void answerAll(CourseAnswers answers, boolean right) {
        ElementsCollection questions = $$(".question").shouldHave(sizeGreaterThan(14));
        for (int q = 0; q < questions.size(); q++) {
            SelenideElement question = questions.get(q);
            String scenario = question.$(".question-scenario").getText();
            List<String> options = question.$$("vaadin-radio-button, vaadin-checkbox").texts();
            boolean multiple = question.$("vaadin-checkbox-group").exists();
            Set<Integer> pick = right ? new TreeSet<>(answers.correctPositions(scenario, options))
                    : Set.of(answers.wrongPosition(scenario, options));
            Keyboard.tabIntoQuestion(q);
            if (multiple) {
                for (int i = 0; i < options.size(); i++) {
                    if (pick.contains(i)) {
                        Keyboard.press(Keys.SPACE);
                    }
                    if (i < options.size() - 1) {
                        Keyboard.press(Keys.TAB);
                    }
                }
            } else {
                int target = pick.iterator().next();
                if (target == 0) {
                    Keyboard.press(Keys.SPACE);
                }
                for (int i = 0; i < target; i++) {
                    Keyboard.press(Keys.ARROW_DOWN);
                }
            }
        }
    }
}
