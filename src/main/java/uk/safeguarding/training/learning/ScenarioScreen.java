package uk.safeguarding.training.learning;

import java.util.List;
import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.course.SourceDefinition;

/**
 * What the scenario player shows: the consequence of the last choice, then either the situation now (one node at a
 * time, choices in this learner's order) or, once an ending is reached, the summary. Never carries scores or outcomes
 * of choices not yet made.
 *
 * @param last      the choice just made (or, when a choice came too late, the last one stored) and its consequence;
 *                  null before the first choice and after a reload
 * @param situation the node now shown; null once the play has ended
 * @param summary   how the play ended; null while it goes on
 */
public record ScenarioScreen(long enrolmentId, String courseTitle, int moduleNumber, int moduleCount,
                             String moduleTitle, int scenarioNumber, int scenarioCount, String title,
                             List<SourceDefinition> sources, Consequence last, Situation situation, Summary summary,
                             boolean goodEndingRequired, boolean hasCheck) {

    /** The choice the learner made (as they read it) and what followed. */
    public record Consequence(String choice, String feedback) {
    }

    /**
     * One node: its text as safe HTML and the choices, numbered from 0 in the order shown.
     *
     * @param step   the number of this step in the play (from 1); with the node id it names the screen a choice is
     *               made on, so a late second click cannot land on the step after
     * @param nodeId the node's id in the scenario file
     */
    public record Situation(int step, String nodeId, String html, List<String> choices) {

        /** The choice shown at this position, made on this step of this node. */
        public Choice choice(int shownPosition) {
            return new Choice(step, nodeId, shownPosition);
        }
    }

    /**
     * A choice as the learner made it: on which step and node, and which of the choices as they were shown. The
     * service stores it only while that step of that node is still the one the play is on.
     */
    public record Choice(int step, String nodeId, int shownPosition) {
    }

    /**
     * @param taken    the path the learner took, choice by choice
     * @param goodPath the best path that ends well, for comparison
     */
    public record Summary(EndingKind outcome, String html, String feedback, int scorePercent, List<PathStep> taken,
                          List<PathStep> goodPath, int plays) {
    }

    /** One choice on a path, with the consequence shown for it. */
    public record PathStep(String choice, String feedback) {
    }
}
