package uk.safeguarding.training.authoring;

import java.time.Instant;
import java.util.List;
import uk.safeguarding.training.course.CourseDefinition;

/**
 * A course draft as the editor loads it.
 *
 * @param revision        to send back with the next save, so a save over someone else's newer save is refused
 * @param basedOnVersion  the published version the draft was started from; null for a new course
 * @param newestVersion   the newest published version now; differs from {@code basedOnVersion} when someone
 *                        published (or imported) a version after this draft was started
 * @param problems        what keeps the draft from being published; empty when it can be
 */
public record Draft(String courseKey, long revision, CourseDefinition definition, Instant savedAt, String savedBy,
                    Integer basedOnVersion, Integer newestVersion, List<DraftProblem> problems) {

    public Draft {
        problems = List.copyOf(problems);
    }

    public boolean publishable() {
        return problems.isEmpty();
    }

    public boolean behindNewest() {
        return newestVersion != null && !newestVersion.equals(basedOnVersion);
    }
}
