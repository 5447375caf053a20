package uk.safeguarding.training.browser;

import static com.codeborne.selenide.CollectionCondition.sizeGreaterThanOrEqual;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

import org.junit.jupiter.api.Test;

/** A trainer finds the question statistics from the course list and reads them as a table. */
class ItemStatisticsBrowserIT extends BrowserTestBase {

    @Test
    void the_trainer_reads_the_question_statistics_of_the_published_course() {
        signIn("trainer@demo.test", PASSWORD);
        $("vaadin-button.sign-out").shouldBe(visible);
        com.codeborne.selenide.Selenide.open("/authoring");
        $("vaadin-button[aria-label^='Question statistics of']").shouldBe(visible).click();

        $("h1").shouldHave(text("Question statistics"));
        // The demo publishes a second edition of the course (version 2) before its completed learner sits the assessment.
        $("table.statistics-table caption").shouldHave(text("Questions of version 2"));
        $$("table.statistics-table thead th").shouldHave(sizeGreaterThanOrEqual(6));
        // The demo's completed learner sat the assessment, so some questions have answers.
        $$("table.statistics-table tbody tr").shouldHave(sizeGreaterThanOrEqual(50));
        $("[role='status']").shouldHave(text("questions"));
        settled();
        assertAccessible();
    }
}
