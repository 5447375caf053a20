package uk.safeguarding.training.quiz;

import java.util.List;
import uk.safeguarding.training.course.QuestionType;

/**
 * A question as sent to the browser during an attempt: text and options in the drawn order, and nothing that
 * says which options are correct.
 */
public record PresentedQuestion(String questionId, QuestionType type, String scenario, String prompt, List<String> options) {
}
