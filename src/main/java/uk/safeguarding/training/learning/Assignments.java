package uk.safeguarding.training.learning;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import uk.safeguarding.training.learning.internal.AssignmentRepository;

/**
 * Opening an assignment when none is open for the person and course. Shared by the assignment service and by the
 * listener that follows people into assigned units; callers bring the transaction and the permission check.
 */
@Component
public class Assignments {

    private final AssignmentRepository assignments;
    private final Clock clock;

    Assignments(AssignmentRepository assignments, Clock clock) {
        this.assignments = assignments;
        this.clock = clock;
    }

    /** @return true when a new assignment was opened */
    public boolean openIfMissing(long userId, long courseId, LocalDate dueOn, String assignedBy) {
        return open(userId, courseId).isEmpty() && openNew(userId, courseId, dueOn, assignedBy) != null;
    }

    /** The person's open assignment of the course, opening one when there is none. */
    public Assignment openOrExisting(long userId, long courseId, LocalDate dueOn, String assignedBy) {
        return open(userId, courseId).orElseGet(() -> openNew(userId, courseId, dueOn, assignedBy));
    }

    private java.util.Optional<Assignment> open(long userId, long courseId) {
        return assignments.findByUserIdAndCourseIdOrderByAssignedAtDesc(userId, courseId).stream()
                .filter(a -> a.getClosedAt() == null).findFirst();
    }

    private Assignment openNew(long userId, long courseId, LocalDate dueOn, String assignedBy) {
        return assignments.save(new Assignment(userId, courseId, dueOn, clock.instant(), assignedBy, Assignment.Reason.INITIAL));
    }
}
