package uk.safeguarding.training.course;

import java.util.List;
import java.util.Optional;

/**
 * A branching scenario (scenarios/NN-name.yaml): situations ({@link ScenarioNode}) whose choices lead to another
 * situation or to an {@link ScenarioEnding}. The first node is where every play starts. Ids are unique across nodes
 * and endings, so a choice's {@code next} names either. Stored in the version's JSON snapshot like everything else.
 *
 * @param id        the file name without {@code .yaml}
 * @param sourceIds the sources the scenario is written from, shown to the learner as citations
 */
public record ScenarioDefinition(String id, String title, List<String> sourceIds, List<ScenarioNode> nodes,
                                 List<ScenarioEnding> endings) {

    /** Inclusive range of every choice's and every ending's score. */
    public static final int MIN_SCORE = 0;
    public static final int MAX_SCORE = 10;
    public static final int MIN_CHOICES = 2;
    public static final int MAX_CHOICES = 4;
    /** Keeps the best-path search (over paths that visit no node twice) small whatever an author writes. */
    public static final int MAX_NODES = 12;
    public static final int MAX_ENDINGS = 8;

    public ScenarioDefinition {
        sourceIds = List.copyOf(sourceIds);
        nodes = List.copyOf(nodes);
        endings = List.copyOf(endings);
    }

    public Optional<ScenarioNode> node(String nodeId) {
        return nodes.stream().filter(n -> n.id() != null && n.id().equals(nodeId)).findFirst();
    }

    public Optional<ScenarioEnding> ending(String endingId) {
        return endings.stream().filter(e -> e.id() != null && e.id().equals(endingId)).findFirst();
    }

    /** A situation (Markdown text) the learner is in, with the two to four things they could do. */
    public record ScenarioNode(String id, String text, List<ScenarioChoice> choices) {
        public ScenarioNode {
            choices = List.copyOf(choices);
        }
    }

    /**
     * One thing the learner could do.
     *
     * @param next     id of the node or ending it leads to
     * @param feedback the consequence, shown once the learner has chosen
     * @param score    null only while an author has not given one (the course is then invalid)
     */
    public record ScenarioChoice(String text, String next, Integer score, String feedback) {
    }

    /** Where a path stops: what happened (Markdown text) and why it matters (feedback). */
    public record ScenarioEnding(String id, EndingKind kind, String text, Integer score, String feedback) {
    }

    /** How an ending is judged; a module may require a {@link #GOOD} one. */
    public enum EndingKind {
        GOOD, ACCEPTABLE, HARMFUL;

        public String written() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public String label() {
            return switch (this) {
                case GOOD -> "Good outcome";
                case ACCEPTABLE -> "Acceptable outcome";
                case HARMFUL -> "Harmful outcome";
            };
        }
    }
}
