package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.safeguarding.training.authoring.CourseVersionService;
import uk.safeguarding.training.authoring.ScenarioGraphSvg;
import uk.safeguarding.training.authoring.CourseVersionService.VersionSummary;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.learning.ScenarioStatistics;
import uk.safeguarding.training.learning.ScenarioStatisticsService;

/**
 * Per published version, what learners did in each scenario: how often each ending and each path was reached, and
 * which choices most often led to a harmful ending (worth teaching again). Plain tables, read by row and column.
 */
@Route("authoring/:course([a-z0-9-]{1,100})/scenario-statistics")
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
class ScenarioStatisticsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseVersionService versions;
    private final ScenarioStatisticsService statistics;
    private final Div results = new Div();
    private String title = "Scenario statistics | Safeguarding Training";

    ScenarioStatisticsView(CourseVersionService versions, ScenarioStatisticsService statistics) {
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
        title = "Scenario statistics: " + name + " | Safeguarding Training";
        Select<VersionSummary> version = VersionPicker.of(all, this::show);
        removeAll();
        add(new Anchor("authoring", "All courses"), new H1("Scenario statistics: " + name),
                new Paragraph("For each scenario: its graph (numbered arrows are the choices of each node), how many"
                        + " finished plays reached each ending and took each path, and the choices that most often lay"
                        + " on a path ending in harm. Plays in the final assessment are not counted here."),
                version, results);
        show(all.getFirst());
    }

    private void show(VersionSummary version) {
        results.removeAll();
        List<ScenarioStatistics> all = statistics.forVersion(version.versionId());
        Paragraph summary = new Paragraph("Version " + version.number() + ": " + all.size() + " scenarios, "
                + all.stream().mapToLong(ScenarioStatistics::plays).sum() + " finished plays.");
        summary.getElement().setAttribute("role", "status");
        results.add(summary);
        for (ScenarioStatistics s : all) {
            Section section = new Section(new H2(s.title() + " (" + s.plays() + " plays)"));
            Div graph = new Div(new com.vaadin.flow.component.Html(ScenarioGraphSvg.draw(s.scenario())));
            graph.addClassName("scenario-graph-box");
            section.add(graph);
            section.add(table("Endings of " + s.title(), List.of("Ending", "Outcome", "Plays"),
                    s.endings().stream().map(e -> List.of(e.endingId(), e.outcome().label(),
                            String.valueOf(e.plays()))).toList()));
            if (!s.harmful().isEmpty()) {
                section.add(table("Choices that led to harm in " + s.title(),
                        List.of("Choice", "At", "Harmful plays", "Of plays through it"),
                        s.harmful().stream().map(h -> List.of(h.choice(), h.nodeId(),
                                String.valueOf(h.harmfulPlays()), h.allPlays() + " (" + h.harmfulPercent() + "% harmful)"))
                                .toList()));
            }
            if (!s.paths().isEmpty()) {
                section.add(table("Paths taken in " + s.title(), List.of("Path", "Ending", "Plays"),
                        s.paths().stream().map(p -> List.of(String.join(" → ", p.choices()),
                                p.endingId() + " (" + p.outcome().label() + ")", String.valueOf(p.plays()))).toList()));
            }
            results.add(section);
        }
    }

    private static NativeTable table(String caption, List<String> headings, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("statistics-table");
        NativeTableCaption tableCaption = new NativeTableCaption();
        tableCaption.setText(caption);
        table.add(tableCaption);
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headingRow = new NativeTableRow();
        for (String heading : headings) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(heading);
            cell.getElement().setAttribute("scope", "col");
            headingRow.add(cell);
        }
        head.add(headingRow);
        NativeTableBody body = new NativeTableBody();
        for (List<String> values : rows) {
            NativeTableRow row = new NativeTableRow();
            NativeTableHeaderCell first = new NativeTableHeaderCell(values.getFirst());
            first.getElement().setAttribute("scope", "row");
            row.add(first);
            values.subList(1, values.size()).forEach(v -> row.add(new NativeTableCell(v)));
            body.add(row);
        }
        table.add(head, body);
        return table;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
