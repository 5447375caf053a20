package uk.safeguarding.training.authoring;

import uk.safeguarding.training.content.CoursePart;

/**
 * A problem in a draft, in the course-file validator's words, pointed at the part of the editor it concerns.
 *
 * @param part       what the trainer edits to fix it; null when it cannot be placed (shown with the course)
 * @param lineInPart line within a page's text (1-based) when the problem is inside it; otherwise 0
 * @param file       where the validator found it in the written course folder, e.g. {@code questions.yaml}
 * @param line       the line in that file, as the command-line validator would print it
 */
public record DraftProblem(CoursePart part, int lineInPart, String file, int line, String message) {

    public boolean concerns(CoursePart.Kind kind, int index) {
        return part != null && part.kind() == kind && part.index() == index;
    }
}
