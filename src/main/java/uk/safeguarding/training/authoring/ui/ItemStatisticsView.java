package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
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
class ItemStatisticsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseVersionService versions;
    private final ItemStatisticsService statistics;
    private final Div results = new Div();
    private String title = "Question statistics | Safeguarding Training";

    ItemStatisticsView(CourseVersionService versions, ItemStatisticsService statistics) {
        this.versions = versions;
        this.statistics = statistics;
        addClassName("page");
        results.addClassName("item-statistics");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get("course").orElseThrow();
        List<VersionSummary> all = versions.versions(key);
        if (all.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "The course has no published version yet.");
            return;
        }
        String name = all.getFirst().title();
        title = "Question statistics: " + name + " | Safeguarding Training";
        Select<VersionSummary> version = VersionPicker.of(all, this::show);
        removeAll();
        add(new Anchor("authoring", "All courses"), new H1("Question statistics: " + name),
                new Anchor("authoring/" + key + "/scenario-statistics", "Scenario statistics"),
                new Paragraph("For each question of the final assessment: how many graded attempts drew it, the"
                        + " percentage answered right (facility) and the discrimination index (the share right among"
                        + " the top third of attempts by score minus the share right among the bottom third; 0.3 or"
                        + " more separates well, below 0.2 weakly, below 0 suggests a wrong key). Questions are flagged"
                        + " when more than " + ItemStatistic.NEARLY_ALL_RIGHT_ABOVE + "% or fewer than "
                        + ItemStatistic.NEARLY_ALL_WRONG_BELOW + "% answer right, once "
                        + ItemStatistic.MIN_ANSWERS_TO_FLAG + " have answered."),
                new Paragraph("Individual answers are deleted under the retention policy (12 months by default) and"
                        + " when a person is erased, so these figures cover the answers still held."),
                version, results);
        show(all.getFirst());
    }

    private void show(VersionSummary version) {
        results.removeAll();
        List<ItemStatistic> items = statistics.forVersion(version.versionId());
        long flagged = items.stream().filter(i -> i.flag() != ItemStatistic.Flag.NONE
                && i.flag() != ItemStatistic.Flag.TOO_FEW_ANSWERS).count();
        Paragraph summary = new Paragraph("Version " + version.number() + ": " + items.size() + " questions, "
                + flagged + " flagged.");
        summary.getElement().setAttribute("role", "status");
        NativeTable table = new NativeTable();
        table.addClassName("statistics-table");
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText("Questions of version " + version.number());
        table.add(caption);
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headings = new NativeTableRow();
        for (String heading : List.of("Question", "Module", "Answers", "Right", "Discrimination", "Look at")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(heading);
            cell.getElement().setAttribute("scope", "col");
            headings.add(cell);
        }
        head.add(headings);
        NativeTableBody body = new NativeTableBody();
        for (ItemStatistic item : items) {
            NativeTableRow row = new NativeTableRow();
            NativeTableHeaderCell question = new NativeTableHeaderCell(item.questionId() + ": " + item.prompt());
            question.getElement().setAttribute("scope", "row");
            row.add(question, new NativeTableCell(item.moduleId()), new NativeTableCell(String.valueOf(item.answers())),
                    new NativeTableCell(item.facility() == null ? "no answers" : item.facility() + "%"),
                    new NativeTableCell(item.discrimination() == null ? "not enough answers"
                            : String.format(Locale.UK, "%.2f", item.discrimination())),
                    new NativeTableCell(item.flag().description()));
            body.add(row);
        }
        table.add(head, body);
        results.add(summary, table);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
