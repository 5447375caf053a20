package uk.safeguarding.training.authoring;

/**
 * One difference between two versions of a course, in words.
 *
 * @param area where it is: "Course settings", "Sources", "Module 2: Consent", "Questions", "Knowledge checks", "Images"
 */
public record CourseChange(String area, Kind kind, String description) {

    public enum Kind { ADDED, REMOVED, CHANGED, MOVED }
}
