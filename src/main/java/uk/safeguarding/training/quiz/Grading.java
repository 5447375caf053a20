package uk.safeguarding.training.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.safeguarding.training.course.QuestionDefinition;

/**
 * The marking rule: a question earns its mark when every correct option is chosen and no wrong one. There is no
 * partial credit; half-recognising the signs of exploitation is not a pass.
 */
public final class Grading {

    private Grading() {
    }

    /** @param selected the bank's option indexes the learner chose */
    public static boolean isCorrect(QuestionDefinition question, Set<Integer> selected) {
        // The set of correct indexes equals the selection: each correct one is chosen and nothing else is. Counted in
        // place, as this runs for every question of every submit (issue 14: no list, set or stream per question).
        int correct = 0;
        for (int i = 0; i < question.options().size(); i++) {
            if (question.options().get(i).correct()) {
                if (!selected.contains(i)) {
                    return false;
                }
                correct++;
            }
        }
        return selected.size() == correct;
    }

    /** Whole percent, rounded down, so 79.9% never passes an 80% mark. */
    public static int percent(int correct, int total) {
        return total == 0 ? 0 : (int) Math.floor(correct * 100.0 / total);
    }

    public static boolean passed(int scorePercent, int passMark) {
        return scorePercent >= passMark;
    }

    /** Translates the positions a learner ticked into the bank's option indexes, ignoring anything out of range. */
    public static Set<Integer> toOriginal(DrawnQuestion drawn, Set<Integer> shownPositions) {
        Set<Integer> original = new HashSet<>();
        List<Integer> order = drawn.optionOrder();
        for (Integer position : shownPositions) {
            if (position != null && position >= 0 && position < order.size()) {
                original.add(order.get(position));
            }
        }
        return original;
    }
}
