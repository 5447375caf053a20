package uk.safeguarding.training.learning;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.learning.internal.AssignmentRepository;
import uk.safeguarding.training.learning.internal.EnrolmentRepository;

/** Giving people courses to complete, and recording completions made elsewhere (for example before this system). */
@Service
@Transactional
@RolesAllowed({AppRoles.ADMIN, AppRoles.MANAGER})
public class AssignmentService {

    private final AssignmentRepository assignments;
    private final EnrolmentRepository enrolments;
    private final CourseCatalog catalog;
    private final Clock clock;

    AssignmentService(AssignmentRepository assignments, EnrolmentRepository enrolments, CourseCatalog catalog, Clock clock) {
        this.assignments = assignments;
        this.enrolments = enrolments;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Assigns the course unless the person already has it open; returns the open assignment either way. */
    public Assignment assign(long userId, String courseKey, LocalDate dueOn, String assignedBy) {
        PublishedCourse course = course(courseKey);
        Optional<Assignment> open = assignments.findByUserIdAndCourseIdOrderByAssignedAtDesc(userId, course.courseId())
                .stream().filter(a -> a.getClosedAt() == null).findFirst();
        return open.orElseGet(() -> assignments.save(new Assignment(userId, course.courseId(), dueOn, clock.instant(),
                assignedBy, Assignment.Reason.INITIAL)));
    }

    /** Records a completion that happened on another date or system, on the newest version of the course. */
    public Enrolment recordCompletion(long userId, String courseKey, Instant completedAt, int scorePercent, String recordedBy) {
        PublishedCourse course = course(courseKey);
        LocalDate completedOn = completedAt.atZone(LearningService.UK).toLocalDate();
        Assignment assignment = assignments.save(new Assignment(userId, course.courseId(), completedOn, completedAt,
                recordedBy, Assignment.Reason.RECORDED));
        Enrolment enrolment = new Enrolment(assignment.getId(), userId, course.versionId(), completedAt);
        enrolment.complete(completedAt, scorePercent);
        return enrolments.save(enrolment);
    }

    private PublishedCourse course(String courseKey) {
        return catalog.newest(courseKey).orElseThrow(() -> new IllegalArgumentException("No published course " + courseKey));
    }
}
