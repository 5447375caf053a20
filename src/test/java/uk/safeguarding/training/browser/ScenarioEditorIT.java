package uk.safeguarding.training.browser;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.innerText;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.training.browser.AuthoringJourneyIT.button;
import static uk.safeguarding.training.browser.AuthoringJourneyIT.field;
import static uk.safeguarding.training.browser.AuthoringJourneyIT.tab;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.training.authoring.AuthoringService;
import uk.safeguarding.training.authoring.Draft;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.support.AsUser;

/**
 * The trainer re-points a scenario choice so a node can no longer be reached, sees the validator say so beside the
 * scenario and its graph, points it back, and the draft is saved ready to publish. Works on its own copy of the
 * shipped course.
 */
class ScenarioEditorIT extends BrowserTestBase {

    static final String COURSE = "scenario-editor";

    @Autowired
    IdentityService identity;
    @Autowired
    AuthoringService authoring;

    @Test
    void a_choice_that_strands_a_node_is_reported_and_fixing_it_saves_the_draft() {
        AsUser.call(identity, "trainer@demo.test", () -> authoring.startCourse(COURSE, "Scenario editor course",
                "cse-awareness"));
        signIn("trainer@demo.test", PASSWORD);
        $("h1").shouldHave(text("Courses"));
        $$("vaadin-button").findBy(attribute("aria-label", "Edit draft: Scenario editor course")).click();
        $("h1").shouldHave(text("Edit course: Scenario editor course"));
        tab("Scenarios");
        $$("vaadin-button").findBy(attribute("aria-label", "Edit scenario 1")).click();
        $("svg.scenario-graph").shouldBe(visible);
        assertAccessible();

        choose("Node 1, choice 2 leads to", "listens");
        $$("h2").findBy(innerText("to fix before publishing")).should(com.codeborne.selenide.Condition.exist);
        assertThat(firstNodeTargets()).containsExactly("listens", "listens", "put-off");
        $(".scenario-problems").shouldHave(innerText("Node 'after-a-promise' is never reached"));
        assertAccessible();

        choose("Node 1, choice 2 leads to", "after-a-promise");
        $$("h2").findBy(innerText("Ready to publish")).should(com.codeborne.selenide.Condition.exist);
        $(".scenario-problems").shouldNotBe(visible);
        assertThat(firstNodeTargets()).containsExactly("listens", "after-a-promise", "put-off");
    }

    @Test
    void a_trainer_sets_the_scenario_settings_adds_a_scenario_cites_its_sources_and_deletes_it() {
        String course = "scenario-adding";
        AsUser.call(identity, "trainer@demo.test", () -> authoring.startCourse(course, "Scenario adding course",
                "cse-awareness"));
        int before = draft(course).definition().scenarios().size();
        signIn("trainer@demo.test", PASSWORD);
        $("h1").shouldHave(text("Courses"));
        $$("vaadin-button").findBy(attribute("aria-label", "Edit draft: Scenario adding course")).click();
        $("h1").shouldHave(text("Edit course: Scenario adding course"));
        tab("Scenarios");

        $$(".scenario-settings vaadin-checkbox").findBy(text("Each final assessment includes one scenario"))
                .scrollIntoView("{block: 'center'}").$("input").click();
        com.codeborne.selenide.Selenide.Wait().until(d -> draft(course).definition().scenarioSettings().inAssessment());
        assertAccessible();

        field("vaadin-select", "Module of the new scenario", 0).click();
        $$("vaadin-select-item[role=option]").filter(visible).findBy(text("Module 2:")).click();
        AuthoringJourneyIT.input("vaadin-text-field", "Title of the new scenario", 0).setValue("A parent at the gate");
        button("Add a scenario").click();
        $$("h3").findBy(innerText("07-a-parent-at-the-gate")).shouldBe(visible);
        $("svg.scenario-graph").shouldBe(visible);
        $$("h2").findBy(innerText("Ready to publish")).should(com.codeborne.selenide.Condition.exist);
        Draft added = draft(course);
        assertThat(added.definition().scenarios()).hasSize(before + 1);
        assertThat(added.definition().modules().get(1).scenarioIds()).containsExactly("07-a-parent-at-the-gate");
        assertAccessible();

        // The skeleton cites the module's first source: untick it and the validator asks for one.
        $$(".scenario-sources vaadin-checkbox").filter(com.codeborne.selenide.Condition.attribute("checked"))
                .first().$("input").scrollIntoView("{block: 'center'}").click();
        $$("h2").findBy(innerText("to fix before publishing")).should(com.codeborne.selenide.Condition.exist);
        $(".scenario-problems").shouldHave(innerText("sources"));
        assertAccessible();
        $$(".scenario-sources vaadin-checkbox").first().$("input").scrollIntoView("{block: 'center'}").click();
        $$("h2").findBy(innerText("Ready to publish")).should(com.codeborne.selenide.Condition.exist);

        $$("vaadin-button").findBy(attribute("aria-label", "Delete scenario 1")).scrollIntoView("{block: 'center'}")
                .click();
        $("vaadin-dialog-overlay, vaadin-dialog").shouldHave(text("Delete scenario 1 (07-a-parent-at-the-gate)?"));
        $$("vaadin-dialog-overlay vaadin-button, vaadin-dialog vaadin-button").findBy(exactText("Delete")).click();
        com.codeborne.selenide.Selenide.Wait().until(d -> draft(course).definition().scenarios().size() == before);
        assertThat(draft(course).definition().modules().get(1).scenarioIds()).isEmpty();
        $$("h2").findBy(innerText("Ready to publish")).should(com.codeborne.selenide.Condition.exist);
    }

    private Draft draft(String course) {
        return AsUser.call(identity, "trainer@demo.test", () -> authoring.draft(course).orElseThrow());
    }

    private static void choose(String label, String item) {
        field("vaadin-select", label, 0).click();
        $$("vaadin-select-item[role=option]").filter(visible).findBy(exactText(item)).click();
        $$("vaadin-select-item[role=option]").filter(visible).shouldHave(com.codeborne.selenide.CollectionCondition.size(0));
    }

    /** What the server saved, read past the browser (each edit is saved before the page shows its problems). */
    private java.util.List<String> firstNodeTargets() {
        Draft draft = AsUser.call(identity, "trainer@demo.test", () -> authoring.draft(COURSE).orElseThrow());
        return draft.definition().scenarios().getFirst().nodes().getFirst().choices().stream()
                .map(c -> c.next()).toList();
    }
}
