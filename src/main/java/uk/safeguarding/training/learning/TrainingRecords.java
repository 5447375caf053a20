package uk.safeguarding.training.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.learning.internal.AssignmentRepository;
import uk.safeguarding.training.learning.internal.EnrolmentRepository;

/**
 * One person's whole training history (every assignment, open or closed, with its enrolment), for their own
 * data export and for erasure. No role check here: the data-protection services that call it check the caller.
 */
@Service
@Transactional(readOnly = true)
public class TrainingRecords {

    private final AssignmentRepository assignments;
    private final EnrolmentRepository enrolments;
    private final CourseCatalog catalog;

    TrainingRecords(AssignmentRepository assignments, EnrolmentRepository enrolments, CourseCatalog catalog) {
        this.assignments = assignments;
        this.enrolments = enrolments;
        this.catalog = catalog;
    }

    /** One assignment and, once started, its enrolment. Enrolment fields are null before the course is started. */
    public record Entry(long assignmentId, String courseTitle, Assignment.Reason reason, LocalDate dueOn,
                        Instant assignedAt, Instant closedAt, Long enrolmentId, Integer courseVersion, Instant startedAt,
                        String stage, Instant completedAt, Integer scorePercent) {
    }

    public List<Entry> historyOf(long userId) {
        var byAssignment = enrolments.findByUserId(userId).stream()
                .collect(java.util.stream.Collectors.toMap(Enrolment::getAssignmentId, e -> e));
        return assignments.findByUserIdOrderByAssignedAtAsc(userId).stream()
                .map(a -> {
                    Enrolment e = byAssignment.get(a.getId());
                    String title = e != null ? catalog.definition(e.getCourseVersionId()).title()
                            : catalog.newest(a.getCourseId()).map(p -> catalog.definition(p.versionId()).title()).orElse("Course " + a.getCourseId());
                    return new Entry(a.getId(), title, a.getReason(), a.getDueOn(), a.getAssignedAt(), a.getClosedAt(),
                            e == null ? null : e.getId(),
                            e == null ? null : catalog.version(e.getCourseVersionId()).map(v -> v.getNumber()).orElse(null),
                            e == null ? null : e.getStartedAt(), e == null ? null : e.getStage().name(),
                            e == null ? null : e.getCompletedAt(), e == null ? null : e.getScorePercent());
                }).toList();
    }

    /** The ids of every enrolment the person has, for deleting their quiz answers. */
    public List<Long> enrolmentIdsOf(long userId) {
        return enrolments.findByUserId(userId).stream().map(Enrolment::getId).toList();
    }
}
