package uk.safeguarding.training.quiz;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.quiz.internal.ItemAnswers;

/**
 * Item statistics of the final assessment for trainers: per question of a course version, how many answered it,
 * how many got it right and whether it separates stronger from weaker learners. Counted in the database over the
 * answers still held: answers older than the retention period (12 months by default) and those of erased people are
 * gone, so the figures describe the recent attempts, not the version's whole history.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
public class ItemStatisticsService {

    private final ItemAnswers answers;
    private final CourseCatalog catalog;

    ItemStatisticsService(ItemAnswers answers, CourseCatalog catalog) {
        this.answers = answers;
        this.catalog = catalog;
    }

    /** Every bank question of the version, in bank order, including those nobody has answered yet. */
    public List<ItemStatistic> forVersion(long courseVersionId) {
        CourseDefinition course = catalog.definition(courseVersionId);
        Map<String, ItemAnswers.Counts> counts = answers.statistics(courseVersionId).stream()
                .collect(Collectors.toMap(ItemAnswers.Counts::questionId, Function.identity()));
        return course.questions().stream().map(q -> {
            ItemAnswers.Counts c = counts.get(q.id());
            return c == null ? ItemStatistic.of(q.id(), q.moduleId(), q.prompt(), 0, 0, 0, 0, 0, 0)
                    : ItemStatistic.of(q.id(), q.moduleId(), q.prompt(), c.answers(), c.correct(), c.topAnswers(),
                    c.topCorrect(), c.bottomAnswers(), c.bottomCorrect());
        }).toList();
    }
}
