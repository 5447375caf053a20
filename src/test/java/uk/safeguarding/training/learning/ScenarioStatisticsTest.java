package uk.safeguarding.training.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.course.ScenarioGraphTest;
import uk.safeguarding.training.course.ScenarioGraph;

/** Counting paths, endings and the choices on harmful paths from plays per path. */
class ScenarioStatisticsTest {

    @Test
    void endings_paths_and_the_choices_that_led_to_harm_are_counted() {
        ScenarioGraph graph = ScenarioGraphTest.wellFormed();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("1", 5L);        // start -> harmful
        counts.put("0,1", 3L);      // start -> ask -> good
        counts.put("0,0,1", 2L);    // round the loop once, then good
        counts.put("0,2", 1L);      // start -> ask -> acceptable
        counts.put("0", 4L);        // unfinished: not counted
        counts.put("7", 9L);        // a path this version does not allow: not counted

        ScenarioStatistics s = ScenarioStatistics.of(graph.scenario(), counts);

        assertThat(s.plays()).isEqualTo(11);
        assertThat(s.endings()).extracting(ScenarioStatistics.EndingCount::endingId, ScenarioStatistics.EndingCount::plays)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("good", 5L),
                        org.assertj.core.groups.Tuple.tuple("acceptable", 1L),
                        org.assertj.core.groups.Tuple.tuple("harmful", 5L));
        assertThat(s.paths()).first().satisfies(p -> {
            assertThat(p.choices()).containsExactly("go to harmful");
            assertThat(p.plays()).isEqualTo(5);
        });
        assertThat(s.harmful()).singleElement().satisfies(h -> {
            assertThat(h.nodeId()).isEqualTo("start");
            assertThat(h.choice()).isEqualTo("go to harmful");
            assertThat(h.harmfulPlays()).isEqualTo(5);
            assertThat(h.harmfulPercent()).isEqualTo(100);
        });
    }

    @Test
    void a_scenario_nobody_played_lists_its_endings_at_zero() {
        ScenarioStatistics s = ScenarioStatistics.of(ScenarioGraphTest.wellFormed().scenario(), Map.of());

        assertThat(s.plays()).isZero();
        assertThat(s.endings()).hasSize(3).allSatisfy(e -> assertThat(e.plays()).isZero());
        assertThat(s.harmful()).isEmpty();
    }
}
