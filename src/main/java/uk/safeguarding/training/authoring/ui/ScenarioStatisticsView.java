package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
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
class ScenarioStatisticsView extends StatisticsPage {

    private final ScenarioStatisticsService statistics;

    ScenarioStatisticsView(CourseVersionService versions, ScenarioStatisticsService statistics) {
        super(versions, "Scenario statistics");
        this.statistics = statistics;
    }

    @Override
    protected List<Component> introduction(String courseKey) {
        return List.of(new Paragraph("For each scenario: its graph (numbered arrows are the choices of each node), how many"
                + " finished plays reached each ending and took each path, and the choices that most often lay"
                + " on a path ending in harm. Plays in the final assessment are not counted here."));
    }

    @Override
    protected void show(VersionSummary version) {
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
}
