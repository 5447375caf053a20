package uk.safeguarding.training.content;

/**
 * A part of a course model, for pointing a problem found in a written file back at what the author edits.
 *
 * @param kind     what sort of part
 * @param index    position of the source, module, question or knowledge check (0-based); -1 for the course itself,
 *                 the question list as a whole or the assets folder
 * @param subIndex the page within the module for {@link Kind#PAGE}, the option for an option's fields; otherwise -1
 * @param field    the field as named in the course format ({@code title}, {@code passMark}, {@code scenario},
 *                 {@code feedback}...), or null when the problem concerns the part as a whole
 */
public record CoursePart(Kind kind, int index, int subIndex, String field) {

    public enum Kind {
        COURSE, SOURCE, MODULE, PAGE, QUESTIONS, QUESTION, KNOWLEDGE_CHECK, ASSETS,
        /** A scenario file; {@code index} is its position in the course's scenarios. */
        SCENARIO,
        /** A node of a scenario: {@code subIndex} is the node. */
        SCENARIO_NODE,
        /** An ending of a scenario: {@code subIndex} is the ending. */
        SCENARIO_ENDING
    }

    public static CoursePart course(String field) {
        return new CoursePart(Kind.COURSE, -1, -1, field);
    }

    public static CoursePart of(Kind kind, int index) {
        return new CoursePart(kind, index, -1, null);
    }

    public CoursePart field(String name) {
        return new CoursePart(kind, index, subIndex, name);
    }

    public CoursePart sub(int newSubIndex) {
        return new CoursePart(kind, index, newSubIndex, field);
    }
}
