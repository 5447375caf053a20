package uk.safeguarding.training.learning;

import java.util.Optional;
import uk.safeguarding.training.course.CourseDefinition;

/**
 * Where the scenario preview finds the draft a trainer is writing. Authoring provides it (and checks who may read the
 * draft), so the learner's player can be reused for the preview without learning depending on authoring, which
 * already depends on learning.
 */
public interface DraftCourses {

    /** The draft of the course with this key, as the signed-in trainer may see it; empty when there is none. */
    Optional<CourseDefinition> draft(String courseKey);
}
