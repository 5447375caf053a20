package uk.safeguarding.training.browser;

import static com.codeborne.selenide.CollectionCondition.sizeGreaterThan;
import static com.codeborne.selenide.Condition.enabled;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static com.codeborne.selenide.Selenide.webdriver;
import static com.codeborne.selenide.WebDriverConditions.urlContaining;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.SelenideElement;
import com.codeborne.selenide.WebDriverRunner;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.training.content.CourseText;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.settings.OrganisationService;

/** The demo learner's whole journey with a mouse: every page, every knowledge check, a failed and a passed assessment. */
class LearnerJourneyIT extends BrowserTestBase {

    @Autowired
    CourseCatalog catalog;
    @Autowired
    CourseText courseText;
    @Autowired
    OrganisationService organisation;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    CourseAnswers answers;

    @BeforeEach
    void answerKey() {
        answers = new CourseAnswers(catalog, courseText, organisation);
    }

    @Test
    void the_learner_completes_the_course_failing_the_assessment_once_then_passing() throws Exception {
        signIn("learner@demo.test", PASSWORD);
        $("h1").shouldHave(text("My training"));
        $(".course-card").shouldHave(text("Not started"));
        String contentChecked = "Content checked: " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                .format(answers.course().contentChecked());
        $(".course-card").shouldHave(text(contentChecked));
        assertAccessible();
        button("Start course").click();

        int modules = answers.course().modules().size();
        for (int m = 1; m <= modules; m++) {
            int pages = answers.course().modules().get(m - 1).pages().size();
            for (int p = 1; p <= pages; p++) {
                webdriver().shouldHave(urlContaining("/" + m + "/" + p));
                $(".page-sources").shouldHave(text("Sources for this page"));
                if (p == 1) {
                    $(".page-sources .content-checked").shouldHave(text(contentChecked));
                }
                if (m == 1 && p == 1 || m == modules && p == pages) {
                    assertAccessible();
                }
                button(p < pages ? "Next page" : "Knowledge check").click();
            }
            webdriver().shouldHave(urlContaining("/" + m + "/check"));
            for (SelenideElement question : $$(".question").shouldHave(sizeGreaterThan(1))) {
                choose(question, Set.of(0));
                question.parent().$$("vaadin-button").findBy(text("Check my answer")).scrollIntoView("{block: 'center'}").click();
                question.parent().$(".feedback").shouldHave(text("answer"));
            }
            if (m == 1) {
                assertAccessible();
            }
            button(m < modules ? "Next module" : "Final assessment").shouldBe(enabled).click();
        }

        webdriver().shouldHave(urlContaining("/assessment"));
        assertAccessible();
        button("Start the assessment").click();
        answerAll(false);
        assertThat(WebDriverRunner.source()).as("the attempt page carries no feedback, so no hint of the answers")
                .doesNotContain(answers.allFeedback().stream().filter(f -> f.length() > 40).toList().subList(0, 20));
        assertAccessible();
        button("Submit answers").click();
        $("h1").shouldHave(text("Not passed this time"));
        $(".result-summary").shouldHave(text("The pass mark is 80%"));
        $$(".result-question").shouldHave(sizeGreaterThan(14));
        $(".result-question").shouldHave(text("Revisit module"));
        assertAccessible();

        button("Try again with new questions").click();
        $("h1").shouldHave(text("Final assessment"));
        $(".page").shouldHave(text("Attempt 1"));
        button("Start the assessment").click();
        answerAll(true);
        button("Submit answers").click();
        $("h1").shouldHave(text("You passed: 100%"));
        $(".result-summary").shouldHave(text("You have completed the course"));
        assertAccessible();

        button("Back to my training").click();
        $(".course-card").shouldHave(text("Completed"), text("100%"), text("Valid until"));

        button("View certificate").click();
        $("h1").shouldHave(text("My certificates"));
        assertAccessible();
        java.io.File pdf = $$("a").findBy(text("Download certificate")).download();
        assertThat(pdf.getName()).startsWith("certificate-Lena-Learner").endsWith(".pdf");
        assertThat(java.nio.file.Files.readAllBytes(pdf.toPath())).startsWith("%PDF".getBytes());
    }

    @Test
    void signing_out_mid_module_and_back_in_resumes_on_the_same_page() {
        signIn("ben.carter@demo.test", PASSWORD);
        button("Start course").click();
        // Wait for each page itself, not for the address: the browser shows the new address before the server has
        // opened (and saved) the page, and a learner who signs out then never saw page 3 (docs/decisions/0011).
        $(".player-nav").shouldHave(text("Page 1 of"));
        button("Next page").click();
        $(".player-nav").shouldHave(text("Page 2 of"));
        button("Next page").click();
        $(".player-nav").shouldHave(text("Page 3 of"));
        // No waiting here: the position is committed in the request that renders the page, so once page 3 shows
        // the database already says page 3 (index 2), and signing out now cannot lose it.
        assertThat(jdbc.queryForList("select e.module_index, e.page_index from enrolment e join user_account u"
                + " on u.id = e.user_id where u.email = 'ben.carter@demo.test'")).singleElement()
                .satisfies(row -> assertThat(List.of(((Number) row.get("MODULE_INDEX")).intValue(),
                        ((Number) row.get("PAGE_INDEX")).intValue())).containsExactly(0, 2));
        webdriver().shouldHave(urlContaining("/1/3"));
        String heading = $("h1").shouldBe(visible).getText();
        signOut();

        signIn("ben.carter@demo.test", PASSWORD);
        $(".course-card").shouldHave(text("Continue"));
        button("Continue").click();
        $(".player-nav").shouldHave(text("Page 3 of"));
        webdriver().shouldHave(urlContaining("/1/3"));
        $("h1").shouldHave(text(heading));
    }

    @Test
    void a_learner_cannot_open_another_learners_course_by_typing_its_address() {
        signIn("chloe.davies@demo.test", PASSWORD);
        button("Start course").click();
        webdriver().shouldHave(urlContaining("/learn/"));
        String mine = WebDriverRunner.url().replaceAll(".*/learn/([0-9]+)/.*", "$1");
        signOut();
        signIn("daniel.evans@demo.test", PASSWORD);
        open("/learn/" + mine + "/1/1");
        $("body").shouldHave(text("There is no such page in your training"));
        open("/learn/" + mine + "/assessment");
        $("body").shouldHave(text("There is no such assessment"));
    }

    private void answerAll(boolean right) {
        ElementsCollection questions = $$(".question").shouldHave(sizeGreaterThan(14));
        for (SelenideElement question : questions) {
            String scenario = question.$(".question-scenario").getText();
            List<String> options = question.$$("vaadin-radio-button, vaadin-checkbox").texts();
            Set<Integer> pick = right ? answers.correctPositions(scenario, options) : Set.of(answers.wrongPosition(scenario, options));
            choose(question, pick);
        }
    }

    static void choose(SelenideElement question, Set<Integer> positions) {
        ElementsCollection options = question.$$("vaadin-radio-button, vaadin-checkbox");
        for (int i : positions) {
            options.get(i).scrollIntoView("{block: 'center'}").$("label").click();
        }
    }

    static SelenideElement button(String label) {
        return $$("vaadin-button").findBy(text(label)).shouldBe(visible).scrollIntoView("{block: 'center'}");
    }
}
