package uk.safeguarding.training.course;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioChoice;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioEnding;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioNode;

/**
 * The graph rules of a scenario, in one place for the validator, the player, grading and reporting: which steps are
 * reachable, which nodes can never reach an ending, where a path of choices leads and what it scores, and the best
 * path. Pure; tolerates an unfinished scenario (missing ids, dangling choices) so the validator can describe it.
 */
public final class ScenarioGraph {

    private final ScenarioDefinition scenario;
    private final Map<String, ScenarioNode> nodes = new LinkedHashMap<>();
    private final Map<String, ScenarioEnding> endings = new LinkedHashMap<>();

    public ScenarioGraph(ScenarioDefinition scenario) {
        this.scenario = scenario;
        scenario.nodes().stream().filter(n -> n.id() != null).forEach(n -> nodes.putIfAbsent(n.id(), n));
        scenario.endings().stream().filter(e -> e.id() != null && !nodes.containsKey(e.id()))
                .forEach(e -> endings.putIfAbsent(e.id(), e));
    }

    public ScenarioDefinition scenario() {
        return scenario;
    }

    /** The node every play starts at: the first one written. */
    public Optional<ScenarioNode> start() {
        return scenario.nodes().isEmpty() ? Optional.empty() : Optional.of(scenario.nodes().get(0));
    }

    /** Whether {@code id} names a node or an ending. */
    public boolean exists(String id) {
        return nodes.containsKey(id) || endings.containsKey(id);
    }

    /** Ids of the nodes and endings some path from the start reaches, the start included. */
    public Set<String> reachable() {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        start().map(ScenarioNode::id).filter(id -> id != null).ifPresent(queue::add);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (!seen.add(id)) {
                continue;
            }
            ScenarioNode node = nodes.get(id);
            if (node != null) {
                node.choices().stream().map(ScenarioChoice::next).filter(this::exists).forEach(queue::add);
            }
        }
        return seen;
    }

    /**
     * Nodes from which no sequence of choices reaches an ending: they sit in, or lead only into, a loop that no
     * choice leaves (or their choices point nowhere). Empty for a well-formed scenario.
     */
    public Set<String> cannotEnd() {
        Set<String> canEnd = new HashSet<>(endings.keySet());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (ScenarioNode node : nodes.values()) {
                if (!canEnd.contains(node.id())
                        && node.choices().stream().anyMatch(c -> c.next() != null && canEnd.contains(c.next()))) {
                    canEnd.add(node.id());
                    changed = true;
                }
            }
        }
        Set<String> stuck = new LinkedHashSet<>(nodes.keySet());
        stuck.removeAll(canEnd);
        return stuck;
    }

    /** Of the {@code stuck} nodes, those on a loop (they can come back to themselves). */
    public Set<String> onLoop(Set<String> stuck) {
        Set<String> looping = new LinkedHashSet<>();
        for (String id : stuck) {
            if (reachableFrom(id).contains(id)) {
                looping.add(id);
            }
        }
        return looping;
    }

    private Set<String> reachableFrom(String from) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        next(from).forEach(queue::add);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (seen.add(id)) {
                next(id).forEach(queue::add);
            }
        }
        return seen;
    }

    private List<String> next(String nodeId) {
        ScenarioNode node = nodes.get(nodeId);
        return node == null ? List.of()
                : node.choices().stream().map(ScenarioChoice::next).filter(this::exists).toList();
    }

    /**
     * Follows {@code choices} (0-based positions, in order) from the start.
     *
     * @throws IllegalArgumentException when a position is not a choice of the node it is made at, or a choice is
     *                                  made after an ending was reached
     */
    public Walk walk(List<Integer> choices) {
        ScenarioNode at = start().orElseThrow(() -> new IllegalArgumentException("The scenario has no nodes"));
        List<Step> steps = new ArrayList<>();
        int score = 0;
        for (int i = 0; i < choices.size(); i++) {
            if (at == null) {
                throw new IllegalArgumentException("The scenario had already ended");
            }
            int position = choices.get(i);
            if (position < 0 || position >= at.choices().size()) {
                throw new IllegalArgumentException("No choice " + (position + 1) + " at '" + at.id() + "'");
            }
            ScenarioChoice choice = at.choices().get(position);
            steps.add(new Step(at, position, choice));
            score += choice.score() == null ? 0 : choice.score();
            ScenarioNode following = nodes.get(choice.next());
            if (following == null) {
                ScenarioEnding ending = endings.get(choice.next());
                if (ending == null) {
                    throw new IllegalArgumentException("Choice leads nowhere: '" + choice.next() + "'");
                }
                if (i != choices.size() - 1) {
                    throw new IllegalArgumentException("The scenario had already ended");
                }
                score += ending.score() == null ? 0 : ending.score();
                return new Walk(steps, null, ending, score);
            }
            at = following;
        }
        return new Walk(steps, at, null, score);
    }

    /** The highest score of any path from the start to an ending that visits no node twice; at least 1. */
    public int maxScore() {
        return best(null).map(Walk::score).filter(s -> s > 0).orElse(1);
    }

    /**
     * The path a learner should have taken: among paths that visit no node twice and end well, the one with the
     * highest score (the shorter on a tie).
     */
    public Optional<Walk> goodPath() {
        return best(EndingKind.GOOD);
    }

    private Optional<Walk> best(EndingKind kind) {
        Optional<ScenarioNode> first = start();
        if (first.isEmpty() || first.get().id() == null) {
            return Optional.empty();
        }
        List<Walk> found = new ArrayList<>();
        search(first.get(), new ArrayList<>(), new HashSet<>(), kind, found);
        return found.stream().max((a, b) -> a.score() != b.score() ? Integer.compare(a.score(), b.score())
                : Integer.compare(b.steps().size(), a.steps().size()));
    }

    private void search(ScenarioNode at, List<Integer> path, Set<String> visited, EndingKind kind, List<Walk> found) {
        if (!visited.add(at.id())) {
            return;
        }
        for (int i = 0; i < at.choices().size(); i++) {
            String next = at.choices().get(i).next();
            path.add(i);
            ScenarioEnding ending = endings.get(next);
            if (ending != null) {
                if (kind == null || ending.kind() == kind) {
                    found.add(walk(path));
                }
            } else if (nodes.containsKey(next)) {
                search(nodes.get(next), path, visited, kind, found);
            }
            path.remove(path.size() - 1);
        }
        visited.remove(at.id());
    }

    /** Percent of the best possible score, capped at 100 (a path round a loop may collect more). */
    public int percent(int score) {
        return Math.min(100, Math.max(0, score) * 100 / maxScore());
    }

    /** A choice made at a node. */
    public record Step(ScenarioNode node, int position, ScenarioChoice choice) {
    }

    /**
     * Where a sequence of choices led.
     *
     * @param at     the node now shown; null once an ending is reached
     * @param ending the ending reached, or null while the play goes on
     */
    public record Walk(List<Step> steps, ScenarioNode at, ScenarioEnding ending, int score) {

        public Walk {
            steps = List.copyOf(steps);
        }

        public boolean ended() {
            return ending != null;
        }

        public List<Integer> positions() {
            return steps.stream().map(Step::position).toList();
        }
    }

    /** Ids in a map for the validator's messages. */
    public Map<String, ScenarioNode> nodesById() {
        return new HashMap<>(nodes);
    }
}
