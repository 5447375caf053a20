package uk.safeguarding.training.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.SelenideElement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.settings.OrganisationDetails;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.settings.PublicPageKind;
import uk.safeguarding.training.settings.PublicPageService;
import uk.safeguarding.training.support.AsUser;

/**
 * The organisation page and the public privacy and accessibility pages. This application is shared with the other
 * browser tests, so whatever is changed here is put back afterwards.
 */
class OrganisationSettingsJourneyIT extends BrowserTestBase {

    private static final String ADMIN = "admin@demo.test";

    @Autowired
    OrganisationService organisation;
    @Autowired
    PublicPageService pages;
    @Autowired
    IdentityService identity;

    private OrganisationDetails saved;

    @AfterEach
    void putBack() {
        if (saved != null) {
            AsUser.run(identity, ADMIN, () -> organisation.update(saved));
        }
        AsUser.run(identity, ADMIN, () -> pages.save(PublicPageKind.PRIVACY, pages.defaultMarkdown(PublicPageKind.PRIVACY)));
    }

    private static SelenideElement field(String tag, String label) {
        return $$(tag).findBy(com.codeborne.selenide.Condition.innerText(label)).scrollIntoView("{block: 'center'}");
    }

    private static byte[] logoPng() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(240, 80,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(20, 20, 200, 40);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static SelenideElement button(String label) {
        return $$("vaadin-button").findBy(com.codeborne.selenide.Condition.innerText(label))
                .scrollIntoView("{block: 'center'}");
    }

    private static SelenideElement input(String label) {
        return field("vaadin-text-field", label).$("input");
    }

    @Test
    void a_visitor_reads_the_privacy_notice_and_accessibility_statement_without_signing_in() {
        open("/login");
        $$("a").findBy(text("Privacy notice")).shouldBe(visible).click();
        $("h1").shouldHave(text("Privacy notice"));
        $(".page-body").shouldHave(text("Harbour City Council"), text("Your rights"), text("Information Commissioner"));
        assertAccessible();

        $$("a").findBy(text("Accessibility statement")).click();
        $("h1").shouldHave(text("Accessibility statement"));
        $(".page-body").shouldHave(text("WCAG"), text("Enforcement procedure"));
        assertAccessible();
    }

    @Test
    void an_administrator_uploads_a_logo_corrects_a_bad_address_saves_the_settings_and_edits_the_privacy_notice()
            throws java.io.IOException {
        saved = AsUser.call(identity, ADMIN, organisation::details);
        signIn(ADMIN, PASSWORD);
        $$("vaadin-side-nav-item").findBy(text("Organisation")).shouldBe(visible).click();
        $("h1").shouldHave(text("Organisation"));
        assertAccessible();

        java.io.File logo = java.nio.file.Files.write(java.nio.file.Files.createTempFile("logo", ".png"),
                logoPng()).toFile();
        $(com.codeborne.selenide.selector.ByShadow.cssSelector("input[type=file]", "vaadin-upload")).uploadFile(logo);
        $$("[role=status]").findBy(text("Logo saved")).shouldBe(visible);
        $(".logo-preview img").shouldBe(visible).shouldHave(attribute("alt", "The current logo"));
        assertThat(organisation.logo()).isPresent();
        AsUser.run(identity, ADMIN, organisation::removeLogo);

        input("MASH phone number").setValue("0300 555 0100");
        input("Public address for certificate checks").setValue("training example org");
        input("Public address for certificate checks").sendKeys(Keys.TAB);
        button("Save settings").click();
        field("vaadin-text-field", "Public address for certificate checks").shouldHave(attribute("invalid"))
                .shouldHave(text("must not contain spaces"));
        $(".settings-problems").shouldHave(text("were not saved"));
        assertAccessible();
        assertThat(organisation.profile().mashPhone()).as("nothing saved while a field is wrong").isNotEqualTo("0300 555 0100");

        input("Public address for certificate checks").setValue("https://training.harbour.example");
        button("Save settings").click();
        $$("[role=status]").findBy(text("Settings saved.")).shouldBe(visible);
        assertThat(organisation.profile().mashPhone()).isEqualTo("0300 555 0100");
        assertThat(organisation.certificateBaseUrl()).contains("https://training.harbour.example");

        $$("a").findBy(text("Edit the privacy notice")).scrollIntoView("{block: 'center'}").click();
        // The layout keeps its scroll position across navigation, so the heading may be scrolled out of view.
        $("h1").shouldHave(com.codeborne.selenide.Condition.innerText("Privacy and accessibility pages"));
        SelenideElement markdown = field("vaadin-text-area", "Page text").$("textarea");
        markdown.setValue("## Our promise\n\nWe look after your training record.<script>window.pwned=1</script>");
        $(".public-page-preview").shouldHave(text("Our promise"));
        assertAccessible();
        button("Save page").click();
        $$("[role=status]").findBy(text("Privacy notice saved.")).shouldBe(visible);

        open("/privacy");
        $(".page-body h2").shouldHave(text("Our promise"));
        assertThat(com.codeborne.selenide.Selenide.<Object>executeJavaScript("return window.pwned")).isNull();
        assertAccessible();
    }
}
