package uk.safeguarding.training.authoring.ui;

import java.util.List;
import java.util.function.UnaryOperator;
import uk.safeguarding.training.authoring.DraftProblem;
import uk.safeguarding.training.authoring.PreviewService.PreviewText;
import uk.safeguarding.training.course.CourseDefinition;

/** What the parts of the draft editor share: the course being edited, the way to change it, and its problems. */
interface EditorContext {

    CourseDefinition course();

    /** Applies an edit to the draft and saves it at once, so nothing typed lives only in the browser. */
    void apply(UnaryOperator<CourseDefinition> edit);

    List<DraftProblem> problems();

    PreviewText previewText();

    /** Where the preview serves the draft's image at {@code assets/...}. */
    String assetUrl(String path);
}
