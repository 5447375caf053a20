package uk.safeguarding.training.quiz;

import java.util.List;

/**
 * One question as drawn for an attempt.
 *
 * @param questionId  the bank question
 * @param optionOrder the bank's option indexes in the order shown: {@code optionOrder.get(shown) == original}
 */
public record DrawnQuestion(String questionId, List<Integer> optionOrder) {

    public DrawnQuestion {
        optionOrder = List.copyOf(optionOrder);
    }
}
