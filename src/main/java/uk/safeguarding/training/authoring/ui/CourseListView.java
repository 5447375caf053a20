package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.safeguarding.training.content.CourseZip;
import uk.safeguarding.training.shared.ui.SizeLimitedUpload;
import uk.safeguarding.training.authoring.AuthoredCourse;
import uk.safeguarding.training.authoring.AuthoringService;
import uk.safeguarding.training.authoring.CourseVersionService;
import uk.safeguarding.training.authoring.CourseVersionService.ImportOutcome;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseImportReport;
import uk.safeguarding.training.identity.AppRoles;

/** Trainers' home: every course with its published version and draft, new courses, ZIP imports, course-file problems. */
@Route("authoring")
@PageTitle("Courses | Safeguarding Training")
@Menu(order = 3, title = "Courses", icon = "vaadin:book")
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
class CourseListView extends Main {

    private final DateTimeFormatter when;

    private final AuthoringService authoring;
    private final Grid<AuthoredCourse> grid = new Grid<>();
    private final Div importResult = new Div();

    CourseListView(AuthoringService authoring, CourseVersionService versions, CourseCatalog catalog, Clock clock) {
        this.when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(clock.getZone());
        this.authoring = authoring;
        addClassName("page");
        grid.addColumn(AuthoredCourse::title).setHeader("Course").setFlexGrow(3);
        grid.addColumn(c -> c.publishedVersion() == null ? "Not published" : "Version " + c.publishedVersion())
                .setHeader("Published version");
        grid.addColumn(CourseListView::draftState).setHeader("Draft").setFlexGrow(2);
        grid.addColumn(c -> when(c.lastChangeAt())).setHeader("Last change");
        grid.addColumn(AuthoredCourse::lastChangeBy).setHeader("By");
        grid.addComponentColumn(this::actions).setHeader("Actions").setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Courses");
        refresh();

        Button create = new Button("New course", e -> new NewCourseDialog(authoring, authoring.courses(),
                key -> getUI().ifPresent(ui -> ui.navigate("authoring/" + key + "/edit"))).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        importResult.getElement().setAttribute("role", "status");
        Upload upload = new Upload(SizeLimitedUpload.toTemporaryFile(CourseZip.MAX_ARCHIVE_BYTES, "the archive is larger than "
                + CourseZip.MAX_ARCHIVE_BYTES / 1024 / 1024 + " MB.", (metadata, file) -> {
            ImportOutcome outcome;
            try (var archive = java.nio.file.Files.newInputStream(file.toPath())) {
                outcome = versions.importZip(metadata.fileName(), archive);
            }
            showImport(outcome);
            refresh();
        }).onRefused(message -> {
            importResult.removeAll();
            importResult.addClassName("import-report-problems");
            importResult.add(new Paragraph("Nothing was imported: " + message));
        }));
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) CourseZip.MAX_ARCHIVE_BYTES);
        upload.setUploadButton(new Button("Import a course ZIP"));

        Div imports = new Div();
        for (CourseImportReport report : catalog.importReports()) {
            Div item = new Div();
            item.addClassName(report.hasProblems() ? "import-report-problems" : "import-report");
            item.add(new Paragraph("courses/" + report.getFolder() + ": " + report.getOutcome()
                    + " (checked " + when.format(report.getCheckedAt()) + ")"));
            if (report.hasProblems()) {
                UnorderedList list = new UnorderedList();
                report.getProblems().forEach(p -> list.add(new ListItem(p)));
                item.add(list);
            }
            imports.add(item);
        }
        add(new H1("Courses"), new Paragraph("Every course, its newest published version and its draft."), create, grid,
                new H2("Import a course folder"), new Paragraph("A ZIP of one course folder in the courses/ format. It is"
                        + " checked first; if anything is wrong nothing changes and every problem is listed."),
                upload, importResult,
                new H2("Course files"), new Paragraph("The course folders read at the last start, and any problems "
                        + "that kept a folder from being published."), imports);
    }

    private void refresh() {
        grid.setItems(authoring.courses());
    }

    private Div actions(AuthoredCourse course) {
        Button edit = new Button(course.hasDraft() ? "Edit draft" : "Edit",
                e -> getUI().ifPresent(ui -> ui.navigate("authoring/" + course.key() + "/edit")));
        edit.setAriaLabel((course.hasDraft() ? "Edit draft: " : "Edit ") + course.title());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div actions = new Div(edit);
        if (course.publishedVersion() != null) {
            Button history = new Button("Versions",
                    e -> getUI().ifPresent(ui -> ui.navigate("authoring/" + course.key() + "/versions")));
            history.setAriaLabel("Versions: " + course.title());
            history.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Button statistics = new Button("Statistics",
                    e -> getUI().ifPresent(ui -> ui.navigate("authoring/" + course.key() + "/statistics")));
            statistics.setAriaLabel("Question statistics of " + course.title());
            statistics.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(history, statistics);
        }
        return actions;
    }

    private void showImport(ImportOutcome outcome) {
        importResult.removeAll();
        if (!outcome.imported()) {
            importResult.addClassName("import-report-problems");
            importResult.add(new Paragraph("Nothing was imported: " + outcome.problems().size() + " problem"
                    + (outcome.problems().size() == 1 ? "" : "s") + " to fix first."));
            UnorderedList list = new UnorderedList();
            outcome.problems().forEach(p -> list.add(new ListItem(p.toString())));
            importResult.add(list);
            return;
        }
        importResult.removeClassName("import-report-problems");
        importResult.add(new Paragraph(outcome.created()
                ? outcome.courseTitle() + " was imported and published as version " + outcome.versionNumber() + "."
                : outcome.courseTitle() + " is unchanged: version " + outcome.versionNumber() + " already has this content."));
        if (outcome.draftKept()) {
            importResult.add(new Paragraph("The course's draft was left as it was."));
        }
    }

    private static String draftState(AuthoredCourse course) {
        if (!course.hasDraft()) {
            return "No draft";
        }
        return course.draftProblems() == 0 ? "Draft, ready to publish"
                : "Draft, " + course.draftProblems() + " problem" + (course.draftProblems() == 1 ? "" : "s");
    }

    private String when(Instant at) {
        return at == null ? "" : when.format(at);
    }
}
