package uk.safeguarding.training.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.Courses;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.ScenarioSettings;

class ProgressTest {

    private final CourseDefinition course = Courses.withQuestions(2, 3, 2);
    private final ModuleDefinition first = course.modules().getFirst();

    @Test
    void a_module_is_complete_only_with_every_page_seen_and_its_check_answered() {
        ModuleProgress p = new ModuleProgress(1L, "m1");
        p.markSeen(0);
        p.markSeen(1);
        assertThat(new Progress(course, List.of(p)).moduleComplete(first)).as("check not answered").isFalse();
        p.markCheckAnswered("kc-m1");
        assertThat(new Progress(course, List.of(p)).moduleComplete(first)).isTrue();
        assertThat(new Progress(course, List.of(p)).allModulesComplete()).isFalse();
    }

    @Test
    void seeing_a_page_twice_counts_once() {
        ModuleProgress p = new ModuleProgress(1L, "m1");
        assertThat(p.markSeen(0)).isTrue();
        assertThat(p.markSeen(0)).isFalse();
        assertThat(p.seenPages()).containsExactly(0);
    }

    @Test
    void the_course_reaches_one_hundred_percent_only_on_completion() {
        ModuleProgress a = new ModuleProgress(1L, "m1");
        ModuleProgress b = new ModuleProgress(1L, "m2");
        for (ModuleProgress p : List.of(a, b)) {
            p.markSeen(0);
            p.markSeen(1);
        }
        a.markCheckAnswered("kc-m1");
        b.markCheckAnswered("kc-m2");
        Progress all = new Progress(course, List.of(a, b));
        assertThat(all.allModulesComplete()).isTrue();
        assertThat(all.coursePercent(false)).isLessThan(100);
        assertThat(all.coursePercent(true)).isEqualTo(100);
    }

    /** The first module lists one scenario; the course decides whether it must end well. */
    private static CourseDefinition withScenario(boolean goodEndingRequired) {
        CourseDefinition base = Courses.withQuestions(2, 3, 2);
        ModuleDefinition m1 = base.modules().getFirst();
        ModuleDefinition withScenario = new ModuleDefinition(m1.id(), m1.title(), m1.objectives(), m1.sourceIds(),
                m1.pages(), List.of("s1"));
        return new CourseDefinition(base.id(), base.title(), base.summary(), base.audience(), base.estimatedMinutes(),
                base.passMark(), base.questionsPerAttempt(), base.validityMonths(), base.attemptPolicy(), base.sources(),
                List.of(withScenario, base.modules().get(1)), base.questions(), base.knowledgeChecks(), base.assets(),
                null, List.of(), new ScenarioSettings(goodEndingRequired, false));
    }

    private static ModuleProgress readAndChecked() {
        ModuleProgress p = new ModuleProgress(1L, "m1");
        p.markSeen(0);
        p.markSeen(1);
        p.markCheckAnswered("kc-m1");
        return p;
    }

    @Test
    void a_module_that_requires_a_good_ending_is_complete_only_once_its_scenario_ended_well() {
        CourseDefinition required = withScenario(true);
        ModuleDefinition module = required.modules().getFirst();
        ModuleProgress p = readAndChecked();

        assertThat(new Progress(required, List.of(p)).moduleComplete(module)).as("not played").isFalse();
        assertThat(new Progress(required, List.of(p)).modulePercent(module)).isLessThan(100);
        p.markScenarioEnded("s1", false);
        assertThat(new Progress(required, List.of(p)).moduleComplete(module)).as("harmful ending").isFalse();
        p.markScenarioEnded("s1", true);
        assertThat(new Progress(required, List.of(p)).moduleComplete(module)).as("good ending").isTrue();
        assertThat(new Progress(required, List.of(p)).modulePercent(module)).isEqualTo(100);
    }

    @Test
    void without_the_requirement_scenarios_are_practice_and_do_not_hold_a_module_back() {
        CourseDefinition optional = withScenario(false);

        assertThat(new Progress(optional, List.of(readAndChecked())).moduleComplete(optional.modules().getFirst()))
                .isTrue();
    }

    @Test
    void a_good_ending_after_a_harmful_one_is_remembered_and_a_later_harmful_one_does_not_undo_it() {
        ModuleProgress p = new ModuleProgress(1L, "m1");
        p.markScenarioEnded("s1", false);
        assertThat(p.scenariosEnded()).containsExactly("s1");
        assertThat(p.scenariosGood()).isEmpty();
        p.markScenarioEnded("s1", true);
        p.markScenarioEnded("s1", false);
        assertThat(p.scenariosGood()).containsExactly("s1");
    }
}
