package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.training.authoring.CourseVersionService;
import uk.safeguarding.training.authoring.CourseVersionService.VersionSummary;

/**
 * A trainers' statistics page about one course, per published version: the course from the route, a version picker
 * (newest first and chosen), an introduction, and the figures of the chosen version, redrawn when another is picked.
 */
abstract class StatisticsPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseVersionService versions;
    private final String heading;
    /** Where the figures of the chosen version go. */
    protected final Div results = new Div();
    private String title;

    protected StatisticsPage(CourseVersionService versions, String heading) {
        this.versions = versions;
        this.heading = heading;
        this.title = heading + " | Safeguarding Training";
        addClassName("page");
        results.addClassName("item-statistics");
    }

    /** What the figures mean, shown under the heading; {@code courseKey} for links to the course's other pages. */
    protected abstract List<Component> introduction(String courseKey);

    /** Draws the figures of {@code version} into {@link #results}, which is empty when this is called. */
    protected abstract void show(VersionSummary version);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get("course").orElseThrow();
        List<VersionSummary> all = versions.versions(key);
        if (all.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "The course has no published version yet.");
            return;
        }
        String name = all.getFirst().title();
        title = heading + ": " + name + " | Safeguarding Training";
        Select<VersionSummary> version = new Select<>();
        version.setLabel("Version");
        version.setItems(all);
        version.setItemLabelGenerator(v -> "Version " + v.number());
        version.setValue(all.getFirst());
        version.addValueChangeListener(e -> redraw(e.getValue()));
        removeAll();
        List<Component> page = new ArrayList<>(List.of(new Anchor("authoring", "All courses"), new H1(heading + ": " + name)));
        page.addAll(introduction(key));
        page.add(version);
        page.add(results);
        add(page.toArray(Component[]::new));
        redraw(all.getFirst());
    }

    private void redraw(VersionSummary version) {
        results.removeAll();
        show(version);
    }

    /** A plain table, read by row and column: the first value of each row heads that row. */
    protected static NativeTable table(String caption, List<String> headings, List<List<String>> rows) {
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
