package uk.safeguarding.training.learning;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.learning.internal.AssignmentRepository;

/**
 * When a completion expires the course is due again: the old assignment is closed (it stays in the history) and a
 * refresher assignment is opened, due on the expiry date. Called by the certificate expiry job, not from any view.
 */
@Service
public class RefresherService {

    private final AssignmentRepository assignments;
    private final Clock clock;

    RefresherService(AssignmentRepository assignments, Clock clock) {
        this.assignments = assignments;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Assignment assignRefresher(long userId, long courseId, LocalDate dueOn) {
        for (Assignment open : assignments.findByUserIdAndCourseIdOrderByAssignedAtDesc(userId, courseId)) {
            if (open.getClosedAt() == null) {
                open.close(clock.instant());
            }
        }
        return assignments.save(new Assignment(userId, courseId, dueOn, clock.instant(), "refresher",
                Assignment.Reason.REFRESHER));
    }
}
