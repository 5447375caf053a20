package uk.safeguarding.training.authoring;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.learning.DraftCourses;

/** Lends the learner's scenario player the draft to preview, through the editor's own (role-checked) read. */
@Component
class DraftCoursesForPreview implements DraftCourses {

    private final AuthoringService authoring;

    DraftCoursesForPreview(AuthoringService authoring) {
        this.authoring = authoring;
    }

    @Override
    public Optional<CourseDefinition> draft(String courseKey) {
        return authoring.draft(courseKey).map(Draft::definition);
    }
}
