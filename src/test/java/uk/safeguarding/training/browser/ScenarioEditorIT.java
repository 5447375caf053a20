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
