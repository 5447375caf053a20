package uk.safeguarding.training.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.SelenideElement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.UserAccount;

/** The administrator adds a person, passes on the one-time password, changes roles and unit, deactivates; adds and renames a unit. */
class AdminJourneyIT extends BrowserTestBase {

    private static final String EMAIL = "nina.newton@admin-journey.example";

    @Autowired
    IdentityService identity;

    @Test
    void the_administrator_looks_after_people_and_units() {
        signIn("admin@demo.test", PASSWORD);
        open("/admin/users");
        $("h1").shouldHave(text("People"));
        $$("vaadin-grid-cell-content").findBy(text("Adam Admin")).shouldBe(visible);
        assertAccessible();

        button("Add person").click();
        SelenideElement dialog = dialog("Add a person");
        input(dialog, "vaadin-text-field", "Name").setValue("Nina Newton");
        input(dialog, "vaadin-email-field", "Email").setValue(EMAIL);
        choose(dialog, "Unit", "Youth Service");
        assertAccessible();
        dialog.$$("vaadin-button").findBy(exactText("Add person")).click();

        SelenideElement otpDialog = dialog("One-time password for Nina Newton");
        String password = otpDialog.$(".one-time-password input").shouldBe(visible).getValue();
        assertThat(password).matches("[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}");
        assertAccessible();
        otpDialog.$$("vaadin-button").findBy(text("I have noted it")).click();

        input($("main"), "vaadin-text-field", "Search name or email").setValue("Nina");
        $$("vaadin-grid-cell-content").findBy(text("Adam Admin")).shouldNot(visible);
        $$("vaadin-button").findBy(attribute("aria-label", "Edit Nina Newton")).shouldBe(visible).click();
        SelenideElement edit = dialog("Edit Nina Newton");
        edit.$$("vaadin-checkbox").findBy(text("Trainer")).click();
        choose(edit, "Unit", "Quayside Hotel");
        assertAccessible();
        edit.$$("vaadin-button").findBy(text("Save changes")).click();
        $$("vaadin-grid-cell-content").findBy(text("Learner, Trainer")).shouldBe(visible);
        $$("vaadin-grid-cell-content").findBy(text("Quayside Hotel")).shouldBe(visible);

        $$("vaadin-button").findBy(attribute("aria-label", "Edit Nina Newton")).click();
        SelenideElement again = dialog("Edit Nina Newton");
        again.$$("vaadin-button").findBy(exactText("Deactivate")).click();
        again.shouldHave(text("Nina Newton can no longer sign in"));
        again.$$("vaadin-button").findBy(exactText("Reactivate")).shouldBe(visible);
        again.$$("vaadin-button").findBy(exactText("Cancel")).click();
        $$("vaadin-grid-cell-content").findBy(exactText("Deactivated")).shouldBe(visible);

        UserAccount nina = identity.findByEmail(EMAIL).orElseThrow();
        assertThat(nina.isActive()).isFalse();
        assertThat(nina.getRoles()).containsExactlyInAnyOrder(Role.LEARNER, Role.TRAINER);
        assertThat(identity.peopleInUnitTree(nina.getUnit().getId())).extracting(UserAccount::getEmail).contains(EMAIL);
        assertThat(identity.unit(nina.getUnit().getId()).orElseThrow().getName()).isEqualTo("Quayside Hotel");

        open("/admin/units");
        $("h1").shouldHave(text("Units"));
        $$("vaadin-grid-cell-content").findBy(exactText("Community Services")).shouldBe(visible).click();
        assertAccessible();
        $$("vaadin-button").findBy(exactText("Add unit below")).click();
        SelenideElement addUnit = dialog("Add a unit below Community Services");
        input(addUnit, "vaadin-text-field", "Name of the new unit").setValue("Outreach Team");
        addUnit.$$("vaadin-button").findBy(exactText("Add unit")).click();
        $$("p[role=status]").findBy(text("Added Outreach Team below Community Services")).shouldBe(visible);
        $$("vaadin-grid-cell-content").findBy(exactText("Outreach Team")).shouldBe(visible);

        $$("vaadin-button").findBy(exactText("Rename")).click();
        SelenideElement renameUnit = dialog("Rename Outreach Team");
        input(renameUnit, "vaadin-text-field", "New name").setValue("Youth Service");
        renameUnit.$$("vaadin-button").findBy(exactText("Save name")).click();
        renameUnit.shouldHave(text("There is already a unit called Youth Service in Community Services"));
        input(renameUnit, "vaadin-text-field", "New name").setValue("Outreach and Prevention");
        renameUnit.$$("vaadin-button").findBy(exactText("Save name")).click();
        $$("vaadin-grid-cell-content").findBy(exactText("Outreach and Prevention")).shouldBe(visible);
        assertAccessible();
    }

    private static SelenideElement button(String label) {
        return $$("vaadin-button").findBy(exactText(label)).shouldBe(visible);
    }

    private static SelenideElement dialog(String title) {
        return $$("vaadin-dialog").findBy(text(title)).shouldBe(visible);
    }

    private static SelenideElement input(SelenideElement within, String tag, String label) {
        return within.$$(tag).findBy(text(label)).$("input");
    }

    /** Opens the combo box labelled {@code label} and picks the item whose text contains {@code item}. */
    private static void choose(SelenideElement within, String label, String item) {
        SelenideElement combo = within.$$("vaadin-combo-box").findBy(text(label));
        combo.$("input").click();
        combo.$("input").setValue(item);
        $$("vaadin-combo-box-item").findBy(text(item)).shouldBe(visible).click();
        // The list closes with an animation; scanning the page meanwhile would find the half-closed list.
        $$("vaadin-combo-box-scroller").filter(visible).shouldHave(com.codeborne.selenide.CollectionCondition.size(0));
    }
}
