package uk.safeguarding.training.learning.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.identity.PersonJoinedUnit;
import uk.safeguarding.training.learning.Assignments;
import uk.safeguarding.training.learning.UnitAssignment;

/** Someone who joins a unit (new, or moved in) gets the courses assigned to that unit and the units above it. */
@Component
class UnitAssignmentFollower {

    private final UnitAssignmentRepository unitAssignments;
    private final Assignments assignments;

    UnitAssignmentFollower(UnitAssignmentRepository unitAssignments, Assignments assignments) {
        this.unitAssignments = unitAssignments;
        this.assignments = assignments;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(PersonJoinedUnit joined) {
        for (UnitAssignment unitAssignment : unitAssignments.coveringUnitPath(joined.unitPath())) {
            assignments.openIfMissing(joined.userId(), unitAssignment.getCourseId(),
                    unitAssignment.rule().dueFor(joined.joinedOn()), "unit assignment");
        }
    }
}
