package uk.safeguarding.training.authoring;

import java.time.Instant;

/**
 * A course as trainers see it in their list: the newest published version (if any), the draft (if any), and the last
 * change to either with who made it.
 *
 * @param publishedVersion null for a course that has only a draft so far
 */
public record AuthoredCourse(String key, String title, Integer publishedVersion, Instant publishedAt, String publishedBy,
                             boolean hasDraft, Instant draftSavedAt, String draftSavedBy, int draftProblems) {

    public Instant lastChangeAt() {
        if (!hasDraft) {
            return publishedAt;
        }
        return publishedAt == null || draftSavedAt.isAfter(publishedAt) ? draftSavedAt : publishedAt;
    }

    public String lastChangeBy() {
        return hasDraft && lastChangeAt().equals(draftSavedAt) ? draftSavedBy : publishedBy;
    }
}
