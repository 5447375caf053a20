package uk.safeguarding.training.learning;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.identity.CurrentUser;
import uk.safeguarding.training.learning.LearnerViews.ModuleSummary;
import uk.safeguarding.training.learning.internal.EnrolmentRepository;

/**
 * Finds an enrolment only when it belongs to the signed-in person: a typed or tampered id reaches nobody else's
 * training. Deliberately not a proxied service, so both learner services can share it inside their transactions.
 */
@Component
class OwnEnrolments {

    private final EnrolmentRepository enrolments;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;

    OwnEnrolments(EnrolmentRepository enrolments, CurrentUser currentUser, EntityManager entityManager) {
        this.enrolments = enrolments;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
    }

    /**
     * The enrolment as another transaction left it: for when it is known to have changed since it was read (another
     * request graded the attempt first and may have completed the course), so that changing it does not fail on its
     * version.
     */
    Enrolment reread(Enrolment enrolment) {
        entityManager.refresh(enrolment);
        return enrolment;
    }

    Enrolment require(long enrolmentId) {
        long me = currentUser.require().id();
        return enrolments.findById(enrolmentId).filter(e -> e.getUserId() == me)
                .orElseThrow(() -> new AccessDeniedException("Not your enrolment"));
    }

    static List<ModuleSummary> outline(CourseDefinition course, Progress state) {
        return IntStream.range(0, course.modules().size()).mapToObj(i -> {
            ModuleDefinition m = course.modules().get(i);
            return new ModuleSummary(i + 1, m.title(), m.pages().size(), state.modulePercent(m), state.moduleComplete(m));
        }).toList();
    }
}
