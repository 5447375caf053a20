package uk.safeguarding.training.browser;

import static com.codeborne.selenide.CollectionCondition.size;
import static com.codeborne.selenide.CollectionCondition.sizeGreaterThan;
import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The demo manager proves who is overdue: report, filter, export, one person's history. */
class ManagerReportIT extends BrowserTestBase {

    @Test
    void the_manager_filters_to_overdue_exports_csv_and_opens_a_persons_history() throws Exception {
        signIn("manager@demo.test", PASSWORD);
        $("h1").shouldHave(text("Team training"));
        $(".report-figures").shouldHave(text("People assigned"), text("Compliant"), text("Overdue"));
        $("svg.compliance-chart").shouldBe(visible);
        assertAccessible();

        $$("vaadin-select").findBy(text("Status")).click();
        $$("vaadin-select-item").findBy(text("Overdue")).click();
        $$("vaadin-grid-cell-content").findBy(text("Maya Owen")).shouldBe(visible);
        $$("vaadin-grid-cell-content").findBy(text("Aisha Khan")).shouldNot(visible);
        // The figures follow the rows (decision 0037): counted for the filter, and what the grid and the export show.
        $(".report-figures").shouldHave(attribute("aria-busy", "false"));
        $$(".report-figure").findBy(text("People assigned")).$(".figure-value").shouldHave(exactText("1"));
        $$(".report-figure").findBy(text("Overdue")).$(".figure-value").shouldHave(exactText("1"));
        $$(".report-figure").findBy(text("Compliant")).$(".figure-value").shouldHave(exactText("0%"));
        // Nobody overdue in the demo has attempted the assessment: their last score is an empty cell, not "0%".
        $$("vaadin-grid-cell-content").filterBy(exactText("0%")).shouldHave(size(0));

        File csv = $$("a").findBy(text("Export CSV")).download();
        String exported = Files.readString(csv.toPath(), StandardCharsets.UTF_8);
        assertThat(exported).contains("Maya Owen").contains("Overdue").doesNotContain("Aisha Khan")
                .doesNotContain("Katie Morgan");
        assertThat(exported.lines().count()).isEqualTo(2);

        $$("vaadin-grid-cell-content").findBy(text("Maya Owen")).click();
        $("vaadin-dialog-overlay, vaadin-dialog").shouldHave(text("Assessment attempts"), text("Certificates"));
        assertAccessible();
    }
}
