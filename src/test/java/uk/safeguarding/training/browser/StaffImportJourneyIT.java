package uk.safeguarding.training.browser;

import static com.codeborne.selenide.Condition.enabled;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;

import com.codeborne.selenide.Selectors;
import java.io.File;
import java.net.URISyntaxException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An administrator imports the staff fixture: preview with its refused rows, confirm, result. */
class StaffImportJourneyIT extends BrowserTestBase {

    @Test
    void the_admin_uploads_the_fixture_reads_the_preview_confirms_and_sees_the_result() throws URISyntaxException {
        signIn("admin@demo.test", PASSWORD);
        $("h1").shouldBe(visible);
        open("/admin/import");
        $("h1").shouldHave(text("Import staff"));
        assertAccessible();

        File fixture = new File(StaffImportJourneyIT.class.getResource("/identity/staff-import.csv").toURI());
        $(Selectors.shadowCss("#fileInput", "vaadin-upload")).uploadFile(fixture);

        $(".staff-import-summary").shouldHave(text("3 new people, 1 to update, 1 unchanged, 7 rows with problems (not imported)."),
                Duration.ofSeconds(30));
        $$("vaadin-grid-cell-content").findBy(text("Row 10, name: starts with '=' which spreadsheet programs run as a formula"))
                .shouldBe(visible);
        $$("vaadin-grid-cell-content").findBy(text("Row 6, email: new.starter@import.test duplicates row 2")).shouldBe(visible);
        $$("vaadin-grid-cell-content").findBy(text("unit: Harbour City Council/Schools/Riverside Academy → "
                + "Harbour City Council/Schools/Northgate Primary School")).shouldBe(visible);
        assertAccessible();

        $$("vaadin-button").findBy(text("Import 4 people")).shouldBe(enabled).scrollIntoView("{block: \"center\"}").click();
        $("h2").shouldHave(text("Import finished"), Duration.ofSeconds(30));
        $(".staff-import").shouldHave(text("3 added, 1 updated, 1 unchanged; 7 rows with problems were not imported."));
        assertAccessible();
    }
}
