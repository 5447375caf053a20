package uk.safeguarding.training.quiz;

import java.time.Instant;
import java.util.Collection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.quiz.internal.AttemptRepository;
import uk.safeguarding.training.quiz.internal.ItemAnswers;

/**
 * Deletes the individual answers of submitted attempts (retention, erasure) while keeping each attempt's score and
 * pass outcome, so score statistics remain; the per-question rows of the item statistics go with the answers.
 * Both deletions are idempotent: answers already gone are not counted again.
 * Called by the data-protection services, which check the caller; they only join an existing transaction.
 */
@Service
public class AnswerRetention {

    private final AttemptRepository attempts;
    private final ItemAnswers itemAnswers;

    AnswerRetention(AttemptRepository attempts, ItemAnswers itemAnswers) {
        this.attempts = attempts;
        this.itemAnswers = itemAnswers;
    }

    /** @return how many attempts lost their answers */
    @Transactional(propagation = Propagation.MANDATORY)
    public int deleteAnswersOf(Collection<Long> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return 0;
        }
        itemAnswers.deleteOfEnrolments(enrolmentIds);
        return attempts.deleteAnswersOfEnrolments(enrolmentIds);
    }

    /** @return how many attempts submitted before {@code before} lost their answers */
    @Transactional(propagation = Propagation.MANDATORY)
    public int deleteAnswersSubmittedBefore(Instant before) {
        // The right-or-wrong rows of the item statistics are individual answers too, and go with them.
        itemAnswers.deleteSubmittedBefore(before);
        return attempts.deleteAnswersSubmittedBefore(before);
    }
}
