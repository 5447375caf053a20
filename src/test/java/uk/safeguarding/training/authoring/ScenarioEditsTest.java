package uk.safeguarding.training.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.content.CourseFolderReader;
import uk.safeguarding.training.content.CourseFolderWriter;
import uk.safeguarding.training.content.CourseProblem;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ScenarioDefinition;
import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioChoice;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioNode;

/** The scenario editor's edits, checked against the course-file validator the draft checker runs. */
class ScenarioEditsTest {

    private final CourseDefinition shipped = new CourseFolderReader().read(Path.of("courses/cse-awareness")).course();

    private static java.util.List<String> problems(CourseDefinition c) {
        return new CourseFolderWriter().write(c).files().read().problems().stream().map(CourseProblem::message).toList();
    }

    @Test
    void re_pointing_a_choice_leaves_a_node_unreached_and_pointing_it_back_fixes_it() {
        CourseDefinition broken = DraftEdits.scenario(shipped, 0, s -> DraftEdits.scenarioChoice(s, 0, 1,
                c -> new ScenarioChoice(c.text(), "listens", c.score(), c.feedback())));

        assertThat(broken.scenarios().get(0).nodes().get(0).choices().get(1).next()).isEqualTo("listens");
        assertThat(broken.scenarios().get(1)).isEqualTo(shipped.scenarios().get(1));
        assertThat(problems(broken)).anyMatch(m -> m.contains("node 'after-a-promise' is never reached"));

        CourseDefinition fixed = DraftEdits.scenario(broken, 0, s -> DraftEdits.scenarioChoice(s, 0, 1,
                c -> new ScenarioChoice(c.text(), "after-a-promise", c.score(), c.feedback())));
        assertThat(fixed).isEqualTo(shipped);
        assertThat(problems(fixed)).isEmpty();
    }

    @Test
    void a_new_node_and_ending_get_unused_ids_and_the_validator_says_nothing_reaches_them() {
        ScenarioDefinition s = shipped.scenarios().get(0);
        ScenarioDefinition more = DraftEdits.addScenarioEnding(DraftEdits.addScenarioNode(DraftEdits.addScenarioNode(s)));

        assertThat(more.nodes()).hasSize(s.nodes().size() + 2);
        assertThat(more.nodes().get(s.nodes().size()).id()).isEqualTo("situation-1");
        assertThat(more.nodes().getLast().id()).isEqualTo("situation-2");
        assertThat(more.nodes().getLast().choices()).hasSize(ScenarioDefinition.MIN_CHOICES)
                .allMatch(c -> c.next().equals(s.endings().getFirst().id()));
        assertThat(more.endings().getLast().id()).isEqualTo("ending-1");
        assertThat(more.endings().getLast().kind()).isEqualTo(EndingKind.ACCEPTABLE);

        CourseDefinition edited = DraftEdits.scenario(shipped, 0, x -> more);
        assertThat(problems(edited)).anyMatch(m -> m.contains("node 'situation-1' is never reached"))
                .anyMatch(m -> m.contains("ending 'ending-1' is never reached"));
    }

    @Test
    void choices_stay_between_two_and_four() {
        ScenarioDefinition s = shipped.scenarios().get(0);
        ScenarioDefinition two = DraftEdits.removeScenarioChoice(s, 0, 2);
        assertThat(two.nodes().get(0).choices()).hasSize(2);
        assertThat(DraftEdits.removeScenarioChoice(two, 0, 0)).isEqualTo(two);

        ScenarioDefinition four = DraftEdits.addScenarioChoice(s, 0);
        assertThat(four.nodes().get(0).choices()).hasSize(4);
        assertThat(DraftEdits.addScenarioChoice(four, 0)).isEqualTo(four);
    }

    @Test
    void removing_a_node_leaves_the_choices_that_led_to_it_for_the_validator_to_name() {
        ScenarioDefinition s = shipped.scenarios().get(0);
        int promise = s.nodes().indexOf(s.node("after-a-promise").orElseThrow());
        ScenarioDefinition fewer = DraftEdits.removeScenarioNode(s, promise);

        assertThat(fewer.node("after-a-promise")).isEmpty();
        assertThat(fewer.nodes().get(0).choices().get(1).next()).isEqualTo("after-a-promise");
        assertThat(problems(DraftEdits.scenario(shipped, 0, x -> fewer)))
                .anyMatch(m -> m.contains("leads to 'after-a-promise', which is neither a node nor an ending"));

        ScenarioDefinition noEnding = DraftEdits.removeScenarioEnding(s, 0);
        assertThat(noEnding.endings()).hasSize(s.endings().size() - 1);
        assertThat(DraftEdits.scenarioTitle(s, "New title").title()).isEqualTo("New title");
        assertThat(DraftEdits.scenarioNode(s, 0, n -> new ScenarioNode(n.id(), "Changed", n.choices())).nodes().get(0)
                .text()).isEqualTo("Changed");
    }

    @Test
    void a_scenario_only_edit_is_a_change_so_the_draft_saves_it() {
        CourseDefinition edited = DraftEdits.scenario(shipped, 0, s -> DraftEdits.scenarioTitle(s, "Renamed"));

        assertThat(CourseDiff.between(shipped, edited)).extracting(CourseChange::area).containsExactly("Scenarios");
    }
}
