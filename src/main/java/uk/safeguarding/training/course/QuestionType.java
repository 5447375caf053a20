package uk.safeguarding.training.course;

/** {@code SINGLE}: exactly one correct option. {@code MULTIPLE}: one or more correct options, all must be chosen. */
public enum QuestionType {
    SINGLE,
    MULTIPLE
}
