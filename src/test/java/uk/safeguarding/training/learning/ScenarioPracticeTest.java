package uk.safeguarding.training.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.content.CourseText;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.ScenarioDefinition;
import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioChoice;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioEnding;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioNode;
import uk.safeguarding.training.learning.ScenarioScreen.Situation;
import uk.safeguarding.training.shared.Refusal;

/**
 * A trainer's preview of a draft scenario: a choice that leads nowhere yet is refused in words meant for the trainer
 * (a {@link Refusal}, which the one error handler shows as it is), and the play stays where it was.
 */
class ScenarioPracticeTest {

    private static final ScenarioDefinition DRAFT = new ScenarioDefinition("s", "A draft", List.of(), List.of(
            new ScenarioNode("start", "Leah mentions a new older friend.", List.of(
                    new ScenarioChoice("Ask gently", "good", 5, "You listened."),
                    new ScenarioChoice("Not written yet", "missing", 0, "")))),
            List.of(new ScenarioEnding("good", EndingKind.GOOD, "You recorded it.", 5, "Well done.")));

    private ScenarioPractice practice() {
        ModuleDefinition module = new ModuleDefinition("m1", "Module", List.of(), List.of(), List.of(), List.of("s"));
        CourseDefinition course = new CourseDefinition("c", "Course", "", "", 10, 80, 1, 12, null, List.of(),
                List.of(module), List.of(), List.of(), List.of(), null, List.of(DRAFT), null);
        return new ScenarioPractice(new ScenarioScreens(new CourseText(), Map.of(), 7L, UnaryOperator.identity()),
                course, module, DRAFT);
    }

    @Test
    void a_choice_that_leads_nowhere_yet_is_refused_for_the_trainer_and_the_play_stays_where_it_was() {
        ScenarioPractice practice = practice();
        Situation start = practice.screen().situation();
        int dangling = start.choices().indexOf("Not written yet");

        assertThatThrownBy(() -> practice.choose(start.choice(dangling)))
                .isInstanceOf(Refusal.class)
                .hasMessage("This choice cannot be played yet: Choice leads nowhere: 'missing'. "
                        + "The editor lists the scenario's problems.");
        assertThat(practice.screen().situation()).isEqualTo(start);

        ScenarioScreen ended = practice.choose(start.choice(start.choices().indexOf("Ask gently")));
        assertThat(ended.summary().outcome()).isEqualTo(EndingKind.GOOD);
    }

    @Test
    void a_position_the_node_does_not_offer_is_not_a_refusal_but_a_bad_request() {
        ScenarioPractice practice = practice();
        Situation start = practice.screen().situation();

        assertThatThrownBy(() -> practice.choose(start.choice(5)))
                .isInstanceOf(IllegalArgumentException.class).isNotInstanceOf(Refusal.class);
    }
}
