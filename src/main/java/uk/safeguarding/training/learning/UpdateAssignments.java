package uk.safeguarding.training.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.learning.internal.AssignmentRepository;
import uk.safeguarding.training.learning.internal.EnrolmentRepository;

/**
 * Assigns the update a new edition requires (docs/decisions/0018). Who needs one and by when is decided by
 * {@link uk.safeguarding.training.course.EditionRules}; the certificate feature, which knows who holds what, calls
 * this inside the publishing (or issuing) transaction. Not a view's service: no role gate.
 */
@Component
public class UpdateAssignments {

    private final AssignmentRepository assignments;
    private final EnrolmentRepository enrolments;
    private final Clock clock;

    UpdateAssignments(AssignmentRepository assignments, EnrolmentRepository enrolments, Clock clock) {
        this.assignments = assignments;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    /**
     * Replaces the person's open, completed assignment of the course with an update. Changes nothing when an open
     * assignment is not completed (an update or a full course under way moves to the new edition at a module
     * boundary instead), so calling it twice assigns one update.
     *
     * @return the update assigned, or empty when nothing changed
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Assignment> assignUpdate(long userId, long courseId, long basisEnrolmentId, int toEdition,
                                             LocalDate dueOn) {
        List<Assignment> open = assignments.findByUserIdAndCourseIdOrderByAssignedAtDesc(userId, courseId).stream()
                .filter(a -> a.getClosedAt() == null).toList();
        for (Assignment assignment : open) {
            boolean completed = enrolments.findByAssignmentId(assignment.getId()).map(Enrolment::isCompleted).orElse(false);
            if (!completed) {
                return Optional.empty();
            }
        }
        open.forEach(a -> a.close(clock.instant()));
        return Optional.of(assignments.save(Assignment.update(userId, courseId, dueOn, clock.instant(), basisEnrolmentId,
                toEdition)));
    }

    /**
     * The UK day of the full completion that a completion's validity counts from: its own, or for an update the full
     * completion the update (or chain of updates) builds on. An update does not restart the refresher cycle.
     */
    @Transactional(readOnly = true)
    public java.time.LocalDate fullCompletionOn(long enrolmentId) {
        Enrolment enrolment = enrolments.findById(enrolmentId).orElseThrow();
        for (int depth = 0; depth < 100; depth++) {
            Long basis = assignments.findById(enrolment.getAssignmentId()).map(Assignment::getBasisEnrolmentId).orElse(null);
            if (basis == null) {
                break;
            }
            enrolment = enrolments.findById(basis).orElseThrow();
        }
        return enrolment.getCompletedAt().atZone(clock.getZone()).toLocalDate();
    }
}
