package uk.safeguarding.training.course;

/** Published, inside the publishing transaction, when a version starts a new edition (not for a course's first). */
public record EditionPublished(long courseId, Edition edition) {
}
