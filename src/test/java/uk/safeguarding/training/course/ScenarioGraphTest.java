package uk.safeguarding.training.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioChoice;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioEnding;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioNode;

/** The graph rules every part of the app relies on: reachability, paths that end, walking, scoring, the good path. */
public class ScenarioGraphTest {

    static ScenarioChoice choice(String next, int score) {
        return new ScenarioChoice("go to " + next, next, score, "because " + next);
    }

    static ScenarioNode node(String id, ScenarioChoice... choices) {
        return new ScenarioNode(id, "At " + id, List.of(choices));
    }

    static ScenarioEnding ending(String id, EndingKind kind, int score) {
        return new ScenarioEnding(id, kind, "Ended " + id, score, "Why " + id);
    }

    static ScenarioGraph graph(List<ScenarioNode> nodes, List<ScenarioEnding> endings) {
        return new ScenarioGraph(new ScenarioDefinition("s", "S", List.of("a"), nodes, endings));
    }

    /** start -> ask (loops back to itself, or leaves) -> good; start -> harmful; ask -> acceptable. */
    public static ScenarioGraph wellFormed() {
        return graph(List.of(
                        node("start", choice("ask", 4), choice("harmful", 0)),
                        node("ask", choice("ask", 0), choice("good", 5), choice("acceptable", 2))),
                List.of(ending("good", EndingKind.GOOD, 10), ending("acceptable", EndingKind.ACCEPTABLE, 3),
                        ending("harmful", EndingKind.HARMFUL, 0)));
    }

    @Test
    void a_loop_with_a_way_out_is_allowed_and_every_step_is_reachable() {
        ScenarioGraph graph = wellFormed();

        assertThat(graph.reachable()).containsExactlyInAnyOrder("start", "ask", "good", "acceptable", "harmful");
        assertThat(graph.cannotEnd()).isEmpty();
    }

    @Test
    void a_node_only_a_missing_choice_leads_to_is_unreachable() {
        ScenarioGraph graph = graph(List.of(node("start", choice("good", 1), choice("bad", 0)),
                        node("island", choice("good", 1), choice("bad", 0))),
                List.of(ending("good", EndingKind.GOOD, 1), ending("bad", EndingKind.HARMFUL, 0),
                        ending("lost", EndingKind.ACCEPTABLE, 0)));

        assertThat(graph.reachable()).containsExactlyInAnyOrder("start", "good", "bad");
    }

    @Test
    void a_loop_no_choice_leaves_cannot_end_and_so_cannot_the_node_leading_into_it() {
        ScenarioGraph graph = graph(List.of(
                        node("start", choice("good", 1), choice("a", 0)),
                        node("a", choice("b", 0), choice("b", 0)),
                        node("b", choice("a", 0), choice("a", 0)),
                        node("into", choice("a", 0), choice("nowhere", 0))),
                List.of(ending("good", EndingKind.GOOD, 1)));

        assertThat(graph.cannotEnd()).containsExactlyInAnyOrder("a", "b", "into");
        assertThat(graph.onLoop(graph.cannotEnd())).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void a_walk_follows_the_choices_and_adds_choice_and_ending_scores() {
        ScenarioGraph.Walk walk = wellFormed().walk(List.of(0, 0, 1));

        assertThat(walk.ended()).isTrue();
        assertThat(walk.ending().id()).isEqualTo("good");
        assertThat(walk.steps()).extracting(s -> s.node().id()).containsExactly("start", "ask", "ask");
        assertThat(walk.score()).isEqualTo(4 + 0 + 5 + 10);
    }

    @Test
    void a_walk_stops_at_the_node_it_has_reached_when_no_ending_is_reached_yet() {
        ScenarioGraph.Walk walk = wellFormed().walk(List.of(0));

        assertThat(walk.ended()).isFalse();
        assertThat(walk.at().id()).isEqualTo("ask");
    }

    @Test
    void a_choice_that_does_not_exist_or_comes_after_the_end_is_refused() {
        assertThatThrownBy(() -> wellFormed().walk(List.of(2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> wellFormed().walk(List.of(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> wellFormed().walk(List.of(1, 0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already ended");
    }

    @Test
    void the_good_path_is_the_best_scoring_path_to_a_good_ending_without_going_round_a_loop() {
        ScenarioGraph graph = wellFormed();

        assertThat(graph.goodPath()).get().extracting(ScenarioGraph.Walk::positions).isEqualTo(List.of(0, 1));
        assertThat(graph.maxScore()).isEqualTo(19);
        assertThat(graph.percent(19)).isEqualTo(100);
        assertThat(graph.percent(0)).isZero();
        assertThat(graph.percent(40)).as("capped").isEqualTo(100);
    }

    @Test
    void a_scenario_without_a_good_ending_has_no_good_path() {
        ScenarioGraph graph = graph(List.of(node("start", choice("ok", 1), choice("bad", 0))),
                List.of(ending("ok", EndingKind.ACCEPTABLE, 1), ending("bad", EndingKind.HARMFUL, 0)));

        assertThat(graph.goodPath()).isEmpty();
        assertThat(graph.maxScore()).isEqualTo(2);
    }
}
