package uk.safeguarding.training.course;

import java.time.Instant;
import java.util.List;

/**
 * One edition of a course: started by the version published as a new edition (edition 1 by the course's first
 * version). Minor corrections published later belong to the same edition.
 *
 * @param changedModules the module ids the edition changed (empty for edition 1)
 * @param reason         what learners are told about why they must update (null for edition 1)
 * @param updateDueDays  how many days after publication an update is due (0 for edition 1)
 */
public record Edition(int number, long versionId, int versionNumber, Instant publishedAt, List<String> changedModules,
                      String reason, int updateDueDays) {

    public Edition {
        changedModules = List.copyOf(changedModules);
    }
}
