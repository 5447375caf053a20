package uk.safeguarding.training.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguarding.training.course.ScenarioDefinition;
import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioEnding;
import uk.safeguarding.training.course.ScenarioGraph;

/**
 * What learners did in one scenario of one version: how often each path and each ending was reached, and which
 * choices most often lay on a path that ended in harm. Built from counts per path, so it is pure and unit-tested.
 *
 * @param scenario the scenario as the version has it (for drawing its graph)
 * @param plays    finished plays counted
 * @param endings  every ending, in file order, with how often it was reached
 * @param paths    every path taken, most frequent first
 * @param harmful  choices on at least one harmful path, by how many harmful plays passed through them (most first)
 */
public record ScenarioStatistics(ScenarioDefinition scenario, String scenarioId, String title, long plays, List<EndingCount> endings,
                                 List<PathCount> paths, List<HarmfulChoice> harmful) {

    public record EndingCount(String endingId, EndingKind outcome, long plays) {
    }

    /** @param choices the choices' text, in order */
    public record PathCount(List<String> choices, String endingId, EndingKind outcome, long plays) {
    }

    /**
     * @param harmfulPlays plays through this choice that ended in harm
     * @param allPlays     plays through this choice
     */
    public record HarmfulChoice(String nodeId, String choice, long harmfulPlays, long allPlays) {
        public int harmfulPercent() {
            return allPlays == 0 ? 0 : (int) (harmfulPlays * 100 / allPlays);
        }
    }

    /** @param countsByPath plays per stored path ("0,2,1"); paths the scenario no longer allows are left out */
    public static ScenarioStatistics of(ScenarioDefinition scenario, Map<String, Long> countsByPath) {
        ScenarioGraph graph = new ScenarioGraph(scenario);
        Map<String, Long> byEnding = new LinkedHashMap<>();
        scenario.endings().forEach(e -> byEnding.put(e.id(), 0L));
        List<PathCount> paths = new ArrayList<>();
        Map<String, long[]> throughChoice = new LinkedHashMap<>();
        Map<String, HarmfulChoice> labels = new LinkedHashMap<>();
        long total = 0;
        for (Map.Entry<String, Long> entry : countsByPath.entrySet()) {
            ScenarioGraph.Walk walk;
            try {
                walk = graph.walk(entry.getKey().isEmpty() ? List.of()
                        : java.util.Arrays.stream(entry.getKey().split(",")).map(Integer::valueOf).toList());
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (!walk.ended()) {
                continue;
            }
            long n = entry.getValue();
            total += n;
            ScenarioEnding ending = walk.ending();
            byEnding.merge(ending.id(), n, Long::sum);
            paths.add(new PathCount(walk.steps().stream().map(s -> s.choice().text()).toList(), ending.id(),
                    ending.kind(), n));
            boolean harm = ending.kind() == EndingKind.HARMFUL;
            // A choice made twice on one path (round a loop) counts once for that path.
            walk.steps().stream().map(s -> s.node().id() + "#" + s.position()).distinct().forEach(key -> {
                long[] counts = throughChoice.computeIfAbsent(key, k -> new long[2]);
                counts[0] += n;
                counts[1] += harm ? n : 0;
            });
            walk.steps().forEach(s -> labels.putIfAbsent(s.node().id() + "#" + s.position(),
                    new HarmfulChoice(s.node().id(), s.choice().text(), 0, 0)));
        }
        List<EndingCount> endings = scenario.endings().stream()
                .map(e -> new EndingCount(e.id(), e.kind(), byEnding.getOrDefault(e.id(), 0L))).toList();
        paths.sort(Comparator.comparingLong(PathCount::plays).reversed());
        List<HarmfulChoice> harmful = throughChoice.entrySet().stream().filter(e -> e.getValue()[1] > 0)
                .map(e -> new HarmfulChoice(labels.get(e.getKey()).nodeId(), labels.get(e.getKey()).choice(),
                        e.getValue()[1], e.getValue()[0]))
                .sorted(Comparator.comparingLong(HarmfulChoice::harmfulPlays).reversed()
                        .thenComparing(Comparator.comparingInt(HarmfulChoice::harmfulPercent).reversed()))
                .toList();
        return new ScenarioStatistics(scenario, scenario.id(), scenario.title(), total, endings, List.copyOf(paths), harmful);
    }
}
