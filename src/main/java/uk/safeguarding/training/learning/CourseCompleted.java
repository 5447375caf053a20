package uk.safeguarding.training.learning;

import java.time.Instant;

/**
 * Published once when a person completes a course version: every module done and the assessment passed.
 *
 * @param basisEnrolmentId for an update, the completion it builds on; null for a full course
 */
public record CourseCompleted(long enrolmentId, long userId, long courseId, long courseVersionId, Instant completedAt,
                              int scorePercent, Long basisEnrolmentId) {

    /** A full course's completion. */
    public CourseCompleted(long enrolmentId, long userId, long courseId, long courseVersionId, Instant completedAt,
                           int scorePercent) {
        this(enrolmentId, userId, courseId, courseVersionId, completedAt, scorePercent, null);
    }
}
