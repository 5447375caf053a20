package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseImportReport;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.identity.AppRoles;

@Route("authoring")
@PageTitle("Courses | Safeguarding Training")
@Menu(order = 3, title = "Courses", icon = "vaadin:book")
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
class CourseListView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.of("Europe/London"));

    CourseListView(CourseCatalog catalog) {
        addClassName("page");
        Grid<PublishedCourse> grid = new Grid<>();
        grid.addColumn(PublishedCourse::title).setHeader("Course").setFlexGrow(3);
        grid.addColumn(c -> "Version " + c.versionNumber()).setHeader("Published version");
        grid.addColumn(c -> WHEN.format(c.publishedAt())).setHeader("Published");
        grid.addColumn(PublishedCourse::publishedBy).setHeader("By");
        grid.setItems(catalog.all());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Published courses");

        Div imports = new Div();
        for (CourseImportReport report : catalog.importReports()) {
            Div item = new Div();
            item.addClassName(report.hasProblems() ? "import-report-problems" : "import-report");
            item.add(new Paragraph("courses/" + report.getFolder() + ": " + report.getOutcome()
                    + " (checked " + WHEN.format(report.getCheckedAt()) + ")"));
            if (report.hasProblems()) {
                UnorderedList list = new UnorderedList();
                report.getProblems().forEach(p -> list.add(new ListItem(p)));
                item.add(list);
            }
            imports.add(item);
        }
        add(new H1("Courses"), new Paragraph("Every published course and its newest version."), grid,
                new H2("Course files"), new Paragraph("The course folders read at the last start, and any problems "
                        + "that kept a folder from being published."), imports);
    }
}
