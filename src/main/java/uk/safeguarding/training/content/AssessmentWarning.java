package uk.safeguarding.training.content;

/**
 * Something in the assessment that lets a learner pass by guessing, or that confuses them: not an error (the
 * course is still published), but a trainer should fix it. Printed like a compiler warning.
 *
 * @param file    relative to the course folder, e.g. {@code questions.yaml}
 * @param line    1-based; 0 when it concerns the whole file
 * @param kind    which check found it, for the summary
 * @param message a plain sentence for a course author
 */
public record AssessmentWarning(String file, int line, Kind kind, String message) {

    /** The checks of the assessment-quality report (docs/course-format.md, "Quality warnings"). */
    public enum Kind {
        LENGTH_CUE("length cue"),
        ABSOLUTE_WORDS("absolute words"),
        REPEATED_NAME("repeated name"),
        DUPLICATE_INSTRUCTION("duplicate instruction"),
        ANSWER_POSITION("answer position"),
        PAGE_REFERENCE("page reference");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Override
    public String toString() {
        return file + ":" + line + ": warning: " + message + " [" + kind.label() + "]";
    }
}
