package uk.safeguarding.training.quiz;

import java.time.Instant;
import java.util.Collection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.quiz.internal.AttemptRepository;

/**
 * Deletes the individual answers of submitted attempts (retention, erasure) while keeping each attempt's score and
 * pass outcome, so statistics remain. Both deletions are idempotent: answers already gone are not counted again.
 * Called by the data-protection services, which check the caller; they only join an existing transaction.
 */
@Service
public class AnswerRetention {

    private final AttemptRepository attempts;

    AnswerRetention(AttemptRepository attempts) {
        this.attempts = attempts;
    }

    /** @return how many attempts lost their answers */
    @Transactional(propagation = Propagation.MANDATORY)
    public int deleteAnswersOf(Collection<Long> enrolmentIds) {
        return enrolmentIds.isEmpty() ? 0 : attempts.deleteAnswersOfEnrolments(enrolmentIds);
    }

    /** @return how many attempts submitted before {@code before} lost their answers */
    @Transactional(propagation = Propagation.MANDATORY)
    public int deleteAnswersSubmittedBefore(Instant before) {
        return attempts.deleteAnswersSubmittedBefore(before);
    }
}
