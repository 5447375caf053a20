package uk.safeguarding.training.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.content.CourseFolderReader;
import uk.safeguarding.training.content.CourseFolderWriter;
import uk.safeguarding.training.content.CourseProblem;
import uk.safeguarding.training.course.CourseDefinition;

/** Draft edits keep a module's scenarios with it: they follow a change of the module and go with it when removed. */
class DraftScenarioEditsTest {

    private final CourseDefinition shipped = new CourseFolderReader().read(Path.of("courses/cse-awareness")).course();

    @Test
    void editing_the_settings_or_a_module_keeps_the_scenarios() {
        CourseDefinition edited = DraftEdits.settings(shipped, DraftEdits.Settings.of(shipped));
        edited = DraftEdits.renameModuleId(edited, 4, "05-actions");

        assertThat(edited.scenarios()).hasSize(6);
        assertThat(edited.modules().get(4).scenarioIds()).hasSize(6);
        assertThat(new CourseFolderWriter().write(edited).files().read().problems()).isEmpty();
    }

    @Test
    void removing_the_module_removes_its_scenarios_so_no_file_is_left_unlisted() {
        CourseDefinition edited = DraftEdits.removeModule(shipped, 4);

        assertThat(edited.scenarios()).isEmpty();
        assertThat(new CourseFolderWriter().write(edited).files().read().problems()).extracting(CourseProblem::file)
                .noneMatch(file -> file.startsWith("scenarios/"));
    }
}
