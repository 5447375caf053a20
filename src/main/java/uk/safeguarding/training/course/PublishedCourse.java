package uk.safeguarding.training.course;

import java.time.Instant;

/** A summary of a course and its newest published version, for catalogues and the trainers' list. */
public record PublishedCourse(long courseId, String key, String title, long versionId, int versionNumber,
                              Instant publishedAt, String publishedBy, long versionCount) {
}
