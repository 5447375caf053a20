package uk.safeguarding.training.content.internal;

import java.util.List;

/**
 * Where one question of questions.yaml was written, so a warning about it can point at the line to change.
 *
 * @param optionTexts line of each option's {@code text}, in option order
 * @param feedback    line of each option's {@code feedback}, in option order
 */
record QuestionLines(int question, int scenario, int prompt, List<Integer> optionTexts, List<Integer> feedback) {

    QuestionLines {
        optionTexts = List.copyOf(optionTexts);
        feedback = List.copyOf(feedback);
    }

    int optionText(int index) {
        return index < optionTexts.size() ? optionTexts.get(index) : question;
    }

    int feedback(int index) {
        return index < feedback.size() ? feedback.get(index) : question;
    }
}
