package uk.safeguarding.training.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.content.CourseFileSet;
import uk.safeguarding.training.content.CourseFolderReader;
import uk.safeguarding.training.content.CourseFolderWriter;
import uk.safeguarding.training.content.CourseProblem;
import uk.safeguarding.training.content.CourseReadResult;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ScenarioDefinition;
import uk.safeguarding.training.course.ScenarioSettings;

/** Whole scenarios added, removed, cited and set in a draft, checked against the course-file validator and writer. */
class WholeScenarioEditsTest {

    private final CourseDefinition shipped = new CourseFolderReader().read(Path.of("courses/cse-awareness")).course();

    private static List<String> problems(CourseDefinition c) {
        return new CourseFolderWriter().write(c).files().read().problems().stream().map(CourseProblem::message).toList();
    }

    @Test
    void a_new_scenario_is_valid_as_it_stands_listed_by_its_module_and_written_and_read_back_unchanged() {
        CourseDefinition added = WholeScenarioEdits.addScenario(shipped, 0, "A parent's worry at the gate");

        ScenarioDefinition scenario = added.scenario("07-a-parent-s-worry-at-the-gate").orElseThrow();
        assertThat(added.modules().getFirst().scenarioIds()).containsExactly(scenario.id());
        assertThat(added.scenarios()).as("learning order: module 1's scenario before module 5's")
                .first().isEqualTo(scenario);
        assertThat(scenario.sourceIds()).containsExactly(shipped.modules().getFirst().sourceIds().getFirst());
        assertThat(problems(added)).isEmpty();

        CourseFileSet files = new CourseFolderWriter().write(added).files();
        CourseReadResult read = files.read();
        assertThat(read.course()).as("the files read back are the course edited").isEqualTo(added);
        assertThat(new CourseFolderWriter().write(read.course()).files()).as("written again byte for byte")
                .isEqualTo(files);
    }

    @Test
    void two_new_scenarios_get_different_ids_and_an_untitled_one_a_plain_name() {
        CourseDefinition twice = WholeScenarioEdits.addScenario(WholeScenarioEdits.addScenario(shipped, 4, ""), 4, " ");

        assertThat(twice.modules().get(4).scenarioIds()).endsWith("07-scenario", "08-scenario");
        assertThat(twice.scenario("07-scenario").orElseThrow().title()).isEqualTo("New scenario");
        assertThat(problems(twice)).isEmpty();
    }

    @Test
    void removing_a_scenario_removes_its_listing_so_no_file_or_listing_is_left_alone() {
        String hotel = shipped.scenarios().get(1).id();

        CourseDefinition removed = WholeScenarioEdits.removeScenario(shipped, 1);

        assertThat(removed.scenarios()).hasSize(shipped.scenarios().size() - 1)
                .noneMatch(s -> s.id().equals(hotel));
        assertThat(removed.modules()).allSatisfy(m -> assertThat(m.scenarioIds()).doesNotContain(hotel));
        assertThat(problems(removed)).isEmpty();
    }

    @Test
    void a_scenario_citing_no_source_is_reported_and_citing_one_again_fixes_it() {
        CourseDefinition uncited = DraftEdits.scenario(shipped, 0, s -> WholeScenarioEdits.sources(s, List.of()));
        assertThat(problems(uncited)).anyMatch(m -> m.contains("sources"));

        CourseDefinition cited = DraftEdits.scenario(uncited, 0, s -> WholeScenarioEdits.sources(s,
                shipped.scenarios().getFirst().sourceIds()));
        assertThat(cited).isEqualTo(shipped);
    }

    @Test
    void the_scenario_settings_are_written_and_read_back() {
        CourseDefinition set = WholeScenarioEdits.settings(shipped, new ScenarioSettings(true, true));

        CourseReadResult read = new CourseFolderWriter().write(set).files().read();

        assertThat(read.problems()).isEmpty();
        assertThat(read.course().scenarioSettings()).isEqualTo(new ScenarioSettings(true, true));
        assertThat(read.course()).isEqualTo(set);
    }
}
