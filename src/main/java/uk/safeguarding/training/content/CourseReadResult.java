package uk.safeguarding.training.content;

import java.util.List;

import uk.safeguarding.training.course.CourseDefinition;

/**
 * What reading a course folder produced.
 *
 * @param course      the course, or null when there is at least one problem (a course is all or nothing)
 * @param problems    every problem found, sorted by file and line; empty when the course is valid
 * @param contentHash SHA-256 (hex) of the folder's files, so an unchanged folder is recognised and not
 *                    published again; null only when the folder could not be read at all
 * @param warnings    the assessment-quality report: found only once there are no problems, and never a reason
 *                    to refuse the course
 */
public record CourseReadResult(CourseDefinition course, List<CourseProblem> problems, String contentHash,
                               List<AssessmentWarning> warnings) {

    public CourseReadResult {
        problems = List.copyOf(problems);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public CourseReadResult(CourseDefinition course, List<CourseProblem> problems, String contentHash) {
        this(course, problems, contentHash, List.of());
    }

    public boolean valid() {
        return problems.isEmpty() && course != null;
    }
}
