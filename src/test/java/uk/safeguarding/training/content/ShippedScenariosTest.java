package uk.safeguarding.training.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.ScenarioDefinition;
import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.course.ScenarioGraph;

/**
 * The shipped course's scenarios (issue 16): one per audience the course names, in module 5 where the actions are
 * taught, each with a good path and a harmful ending, and each teaching the instructions that matter in the moment.
 */
class ShippedScenariosTest {

    private final CourseDefinition course = new CourseFolderReader().read(Path.of("courses/cse-awareness")).course();

    @Test
    void module_five_has_a_scenario_for_each_audience() {
        ModuleDefinition actions = course.module("05-what-to-do").orElseThrow();

        assertThat(actions.scenarioIds()).containsExactly("01-school-disclosure", "02-hotel-reception-night",
                "03-private-hire-driver", "04-leisure-centre", "05-youth-worker-online", "06-colleague-concern");
        assertThat(course.scenarios()).hasSize(6);
    }

    @Test
    void every_scenario_can_end_well_and_can_end_in_harm() {
        for (ScenarioDefinition scenario : course.scenarios()) {
            ScenarioGraph graph = new ScenarioGraph(scenario);
            assertThat(graph.goodPath()).as(scenario.id()).isPresent();
            assertThat(scenario.endings()).as(scenario.id()).anyMatch(e -> e.kind() == EndingKind.HARMFUL);
            assertThat(graph.percent(graph.goodPath().orElseThrow().score())).as(scenario.id()).isEqualTo(100);
        }
    }

    @Test
    void together_they_teach_999_the_lead_the_mash_and_not_promising_secrecy() {
        String all = course.scenarios().stream().flatMap(s -> text(s).stream()).reduce("", (a, b) -> a + "\n" + b)
                .toLowerCase(Locale.ROOT);

        assertThat(all).contains("999", "safeguarding lead", "mash", "never promise", "lado",
                "whistleblowing advice line", "victim");
    }

    @Test
    void every_scenario_cites_a_source_with_a_checked_date() {
        for (ScenarioDefinition scenario : course.scenarios()) {
            assertThat(scenario.sourceIds()).as(scenario.id()).isNotEmpty()
                    .allSatisfy(id -> assertThat(course.source(id)).get().extracting(s -> s.checked()).isNotNull());
        }
    }

    private static List<String> text(ScenarioDefinition s) {
        List<String> text = new java.util.ArrayList<>();
        s.nodes().forEach(n -> {
            text.add(n.text());
            n.choices().forEach(c -> {
                text.add(c.text());
                text.add(c.feedback());
            });
        });
        s.endings().forEach(e -> {
            text.add(e.text());
            text.add(e.feedback());
        });
        return text;
    }
}
