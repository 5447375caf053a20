package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import uk.safeguarding.training.authoring.CourseVersionService;
import uk.safeguarding.training.authoring.CourseVersionService.VersionSummary;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.quiz.ItemStatistic;
import uk.safeguarding.training.quiz.ItemStatisticsService;

/**
 * Item statistics of a course's final assessment, per published version: which questions nearly everyone gets right
 * or wrong and which do not separate learners who know from those who guess. A plain table, so screen readers read
 * it by row and column.
 */
@Route("authoring/:course([a-z0-9-]{1,100})/statistics")
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
class ItemStatisticsView extends StatisticsPage {

    private final ItemStatisticsService statistics;

    ItemStatisticsView(CourseVersionService versions, ItemStatisticsService statistics) {
        super(versions, "Question statistics");
        this.statistics = statistics;
    }

    @Override
    protected List<Component> introduction(String courseKey) {
        return List.of(
                new Anchor("authoring/" + courseKey + "/scenario-statistics", "Scenario statistics"),
                new Paragraph("For each question of the final assessment: how many graded attempts drew it, the"
                        + " percentage answered right (facility) and the discrimination index (the share right among"
                        + " the top third of attempts by score minus the share right among the bottom third; 0.3 or"
                        + " more separates well, below 0.2 weakly, below 0 suggests a wrong key). Questions are flagged"
                        + " when more than " + ItemStatistic.NEARLY_ALL_RIGHT_ABOVE + "% or fewer than "
                        + ItemStatistic.NEARLY_ALL_WRONG_BELOW + "% answer right, once "
                        + ItemStatistic.MIN_ANSWERS_TO_FLAG + " have answered."),
                new Paragraph("Individual answers are deleted under the retention policy (12 months by default) and"
                        + " when a person is erased, so these figures cover the answers still held."));
    }

    @Override
    protected void show(VersionSummary version) {
        List<ItemStatistic> items = statistics.forVersion(version.versionId());
        long flagged = items.stream().filter(i -> i.flag() != ItemStatistic.Flag.NONE
                && i.flag() != ItemStatistic.Flag.TOO_FEW_ANSWERS).count();
        Paragraph summary = new Paragraph("Version " + version.number() + ": " + items.size() + " questions, "
                + flagged + " flagged.");
        summary.getElement().setAttribute("role", "status");
        NativeTable table = table("Questions of version " + version.number(),
                List.of("Question", "Module", "Answers", "Right", "Discrimination", "Look at"),
                items.stream().map(item -> List.of(item.questionId() + ": " + item.prompt(), java.util.Objects.toString(item.moduleId(), ""),
                        String.valueOf(item.answers()), item.facility() == null ? "no answers" : item.facility() + "%",
                        item.discrimination() == null ? "not enough answers"
                                : String.format(Locale.UK, "%.2f", item.discrimination()),
                        item.flag().description())).toList());
        results.add(summary, table);
    }
}
