package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.authoring.CourseChange;
import uk.safeguarding.training.authoring.CourseVersionService;
import uk.safeguarding.training.authoring.CourseVersionService.ExportedCourse;
import uk.safeguarding.training.authoring.CourseVersionService.VersionSummary;
import uk.safeguarding.training.identity.AppRoles;

/** A course's published versions: download any as a course-folder ZIP, and see what changed between two. */
@Route("authoring/:course([a-z0-9-]{1,100})/versions")
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
class VersionsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DateTimeFormatter when;

    private final CourseVersionService versions;
    private final Div changes = new Div();
    private String title = "Versions | Safeguarding Training";

    VersionsView(CourseVersionService versions, Clock clock) {
        this.when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(clock.getZone());
        this.versions = versions;
        addClassName("page");
        addClassName("versions-page");
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
        title = "Versions: " + name + " | Safeguarding Training";
        removeAll();
        UnorderedList list = new UnorderedList();
        list.addClassName("version-list");
        for (VersionSummary version : all) {
            Anchor download = new Anchor(zip(version.versionId()), "Download version " + version.number() + " as a ZIP");
            download.getElement().setAttribute("download", true);
            Anchor scorm = new Anchor(scorm(version.versionId()), "Download version " + version.number()
                    + " as a SCORM 1.2 package");
            scorm.getElement().setAttribute("download", true);
            ListItem item = new ListItem(new Span("Version " + version.number() + " (edition " + version.editionNumber()
                    + (version.edition() != null ? ", new edition" : version.number() > 1 ? ", minor correction" : "")
                    + "), published " + when.format(version.publishedAt()) + " by " + version.publishedBy() + ". "), download,
                    new Span(" "), scorm);
            if (version.edition() != null) {
                item.add(new Paragraph("Update required of everyone certified on an earlier edition, due "
                        + version.edition().updateDueDays() + " days after publication, covering "
                        + String.join("; ", version.edition().changedModules()) + ". Reason given to learners: "
                        + version.edition().reason()));
            }
            list.add(item);
        }
        add(new Anchor("authoring", "All courses"), new H1("Versions of " + name),
                new Anchor("authoring/" + key + "/edit", "Edit the draft"),
                new Anchor("authoring/" + key + "/statistics", "Question statistics"), new H2("Published versions"),
                new Paragraph("Each ZIP is the course folder exactly as the courses/ folder holds it. A SCORM 1.2 package"
                        + " runs the version in another learning management system, with this organisation's details"
                        + " filled in; it grades in the learner's browser, so it cannot keep the answers secret."), list);
        if (all.size() > 1) {
            add(new H2("What changed"), compare(all), changes);
        }
    }

    private Div compare(List<VersionSummary> all) {
        Select<VersionSummary> from = select("From version", all, all.get(1));
        Select<VersionSummary> to = select("To version", all, all.getFirst());
        Button show = new Button("Show changes", e -> show(from.getValue(), to.getValue()));
        show(from.getValue(), to.getValue());
        return new Div(from, to, show);
    }

    private static Select<VersionSummary> select(String label, List<VersionSummary> all, VersionSummary value) {
        Select<VersionSummary> select = new Select<>();
        select.setLabel(label);
        select.setItems(all);
        select.setItemLabelGenerator(v -> "Version " + v.number());
        select.setValue(value);
        return select;
    }

    private void show(VersionSummary from, VersionSummary to) {
        changes.removeAll();
        changes.getElement().setAttribute("role", "status");
        List<CourseChange> found = versions.compare(from.versionId(), to.versionId());
        if (found.isEmpty()) {
            changes.add(new Paragraph("Version " + from.number() + " and version " + to.number() + " have the same content."));
            return;
        }
        Map<String, UnorderedList> byArea = new LinkedHashMap<>();
        for (CourseChange change : found) {
            byArea.computeIfAbsent(change.area(), a -> new UnorderedList())
                    .add(new ListItem(change.description()));
        }
        changes.add(new Paragraph(found.size() + " change" + (found.size() == 1 ? "" : "s") + " from version "
                + from.number() + " to version " + to.number() + "."));
        byArea.forEach((area, items) -> changes.add(new H3(area), items));
    }

    private DownloadHandler zip(long versionId) {
        return download(() -> versions.export(versionId));
    }

    private DownloadHandler scorm(long versionId) {
        return download(() -> versions.exportScorm(versionId));
    }

    private static DownloadHandler download(java.util.function.Supplier<ExportedCourse> exporter) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                ExportedCourse export = exporter.get();
                return new DownloadResponse(new ByteArrayInputStream(export.zip()), export.fileName(), "application/zip",
                        export.zip().length);
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(403);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
