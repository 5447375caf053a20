package uk.safeguarding.training.learning;

import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.learning.internal.ScenarioPlayRepository;

/**
 * Scenario statistics for trainers, per course version: the paths and endings learners reached in the module
 * scenarios, and the choices that most often led to harm. Counted in the database per path; plays in an
 * assessment attempt are left out (they are graded, and counted with the attempt).
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
public class ScenarioStatisticsService {

    private final ScenarioPlayRepository plays;
    private final CourseCatalog catalog;

    ScenarioStatisticsService(ScenarioPlayRepository plays, CourseCatalog catalog) {
        this.plays = plays;
        this.catalog = catalog;
    }

    /** Every scenario of the version, in course order, including those nobody has played. */
    public List<ScenarioStatistics> forVersion(long courseVersionId) {
        CourseDefinition course = catalog.definition(courseVersionId);
        Map<String, Map<String, Long>> byScenario = new HashMap<>();
        for (Object[] row : plays.pathCounts(courseVersionId)) {
            byScenario.computeIfAbsent((String) row[0], k -> new HashMap<>()).put((String) row[1],
                    ((Number) row[2]).longValue());
        }
        return course.scenarios().stream()
                .map(s -> ScenarioStatistics.of(s, byScenario.getOrDefault(s.id(), Map.of()))).toList();
    }
}
