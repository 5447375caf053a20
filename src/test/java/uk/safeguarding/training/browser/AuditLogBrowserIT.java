package uk.safeguarding.training.browser;

import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.webdriver;
import static com.codeborne.selenide.WebDriverConditions.urlContaining;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;

/** An administrator finds the trainer's sign-ins in the audit log and exports them. */
class AuditLogBrowserIT extends BrowserTestBase {

    @Autowired
    AuditLog audit;

    @Test
    void the_administrator_filters_the_audit_log_and_exports_what_it_shows() throws Exception {
        signIn("trainer@demo.test", PASSWORD);
        webdriver().shouldHave(urlContaining("/authoring"));
        signOut();
        signIn("admin@demo.test", PASSWORD);
        webdriver().shouldHave(urlContaining("/admin/users"));

        $("vaadin-side-nav").$$("vaadin-side-nav-item").findBy(text("Audit log")).click();
        $("h1").shouldHave(text("Audit log"));
        webdriver().shouldHave(urlContaining("/admin/audit"));
        $$("vaadin-grid-cell-content").findBy(text("admin@demo.test")).shouldBe(visible);
        assertAccessible();

        $$("vaadin-text-field").findBy(text("Actor")).$("input").setValue("trainer@demo.test").pressTab();
        $$("vaadin-grid-cell-content").findBy(text("admin@demo.test")).shouldNot(exist);
        $$("vaadin-grid-cell-content").findBy(text("trainer@demo.test")).shouldBe(visible);
        $("vaadin-multi-select-combo-box").$("input").click();
        // Typed, as a person finds one action among many: the list is virtual, so an item far down is not rendered.
        $("vaadin-multi-select-combo-box").$("input").sendKeys("Signed in");
        $$("vaadin-multi-select-combo-box-item").findBy(text("Signed in")).click();
        $("vaadin-multi-select-combo-box").$("input").sendKeys(Keys.ESCAPE);
        $(".audit-matches").shouldHave(text("match"));
        $$("vaadin-grid-cell-content").findBy(text("Signed in")).shouldBe(visible);
        assertAccessible();

        File csv = $$("a").findBy(text("Export CSV")).download();
        List<String> lines = Files.readAllLines(csv.toPath(), StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("\uFEFFTime (UK),Actor,Action,Subject,Details");
        assertThat(lines.subList(1, lines.size())).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains(",trainer@demo.test,Signed in,trainer@demo.test,"));
        assertThat(audit.byAction(AuditAction.PERSONAL_DATA_EXPORTED)).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo("admin@demo.test");
            assertThat(e.getSubject()).isEqualTo("Audit log (CSV)");
            assertThat(e.getDetails()).isEqualTo((lines.size() - 1) + " entries; actions=SIGN_IN, actor=trainer@demo.test, "
                    + "text=, from=, to=");
        });
    }

    @Test
    void a_manager_typing_the_address_gets_the_access_denied_page() {
        signIn("manager@demo.test", PASSWORD);
        webdriver().shouldHave(urlContaining("/team"));
        $("vaadin-side-nav").shouldNotHave(text("Audit log"));
        com.codeborne.selenide.Selenide.open("/admin/audit");
        $("h1").shouldHave(text("You do not have access to this page"));
        assertAccessible();
    }
}
