package uk.safeguarding.training.reporting.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.IntConsumer;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.learning.TrainingStatus;
import uk.safeguarding.training.policy.PolicyReport;
import uk.safeguarding.training.policy.PolicyService;
import uk.safeguarding.training.reporting.ComplianceChart;
import uk.safeguarding.training.reporting.ReportExport;
import uk.safeguarding.training.reporting.ReportFilter;
import uk.safeguarding.training.reporting.ReportOverview;
import uk.safeguarding.training.reporting.ReportRow;
import uk.safeguarding.training.reporting.ReportSort;
import uk.safeguarding.training.reporting.ReportSummary;
import uk.safeguarding.training.reporting.ReportingService;

/** The manager's report: figures, a chart by unit, and every person and course, filtered, sorted and exported. */
@Route("team")
@PageTitle("Team training | Safeguarding Training")
@Menu(order = 2, title = "Team training", icon = "vaadin:users")
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
class ReportView extends Main {

    /** What a figure shows while the totals are being counted. */
    private static final String COUNTING = "…";

    private final ZoneId zone;
    private final ReportingService reporting;
    private final ReportExport export;
    private final Grid<ReportRow> grid = new Grid<>();
    private final Div figures = new Div();
    private final Div chart = new Div();
    private final Div exports = new Div();
    private final ProgressBar exportProgress = new ProgressBar();
    private final Span exportStatus = new Span();
    private ReportFilter filter = ReportFilter.everything();
    /** The grid's size for {@link #filter}, counted with the figures (one statement) rather than by a count of its own. */
    private int rows;

    ReportView(ReportingService reporting, ReportExport export, CourseCatalog catalog, PolicyReport policies, Clock clock) {
        this.zone = clock.getZone();
        this.reporting = reporting;
        this.export = export;
        addClassNames("page", "report-page");

        ComboBox<OrganisationUnit> unit = new ComboBox<>("Unit");
        unit.setItems(reporting.units());
        unit.setItemLabelGenerator(OrganisationUnit::getName);
        unit.setClearButtonVisible(true);
        unit.addValueChangeListener(e -> apply(withUnit(e.getValue() == null ? null : e.getValue().getId())));
        ComboBox<PublishedCourse> course = new ComboBox<>("Course");
        course.setItems(catalog.all());
        course.setItemLabelGenerator(PublishedCourse::title);
        course.setClearButtonVisible(true);
        course.addValueChangeListener(e -> apply(new ReportFilter(filter.unitId(), e.getValue() == null ? null : e.getValue().courseId(),
                filter.status(), filter.dueFrom(), filter.dueTo(), filter.name())));
        Select<TrainingStatus> status = new Select<>();
        status.setLabel("Status");
        status.setItems(TrainingStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.addValueChangeListener(e -> apply(filter.withStatus(e.getValue())));
        DatePicker dueFrom = new DatePicker("Due from");
        DatePicker dueTo = new DatePicker("Due to");
        dueFrom.addValueChangeListener(e -> apply(new ReportFilter(filter.unitId(), filter.courseId(), filter.status(),
                e.getValue(), filter.dueTo(), filter.name())));
        dueTo.addValueChangeListener(e -> apply(new ReportFilter(filter.unitId(), filter.courseId(), filter.status(),
                filter.dueFrom(), e.getValue(), filter.name())));
        TextField name = new TextField("Name or email");
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setClearButtonVisible(true);
        name.addValueChangeListener(e -> apply(filter.withName(e.getValue())));
        Div filters = new Div(unit, course, status, dueFrom, dueTo, name);
        filters.addClassName("report-filters");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", "Filter the report");

        grid.addColumn(ReportRow::name).setHeader("Name").setKey(ReportSort.NAME.name()).setSortable(true).setFlexGrow(2);
        grid.addColumn(ReportRow::unit).setHeader("Unit").setKey(ReportSort.UNIT.name()).setSortable(true).setFlexGrow(2);
        grid.addColumn(ReportRow::course).setHeader("Course").setKey(ReportSort.COURSE.name()).setSortable(true).setFlexGrow(2);
        grid.addColumn(r -> r.status().label()).setHeader("Status");
        grid.addColumn(ReportRow::dueOn).setHeader("Due").setKey(ReportSort.DUE.name()).setSortable(true);
        grid.addColumn(r -> r.lastScore() == null ? "" : r.lastScore() + "%").setHeader("Last score").setKey(ReportSort.SCORE.name()).setSortable(true);
        grid.addColumn(ReportRow::completedOn).setHeader("Completed").setKey(ReportSort.COMPLETED.name()).setSortable(true);
        grid.addColumn(ReportRow::validUntil).setHeader("Valid until").setKey(ReportSort.VALID_UNTIL.name()).setSortable(true);
        grid.addColumn(ReportRow::scenarios).setHeader("Scenarios").setKey("scenarios").setFlexGrow(2);
        grid.setItems(query -> {
            List<GridSortOrder<ReportRow>> order = grid.getSortOrder();
            ReportSort sort = order.isEmpty() ? ReportSort.NAME : ReportSort.valueOf(order.getFirst().getSorted().getKey());
            boolean ascending = order.isEmpty() || order.getFirst().getDirection() == SortDirection.ASCENDING;
            return reporting.page(filter, sort, ascending, query.getOffset(), query.getLimit()).stream();
        }, query -> rows);
        grid.setPageSize(50);
        grid.setAriaLabel("People and their training");
        grid.setHeight("32rem");
        grid.addItemClickListener(e -> PersonHistoryDialog.open(reporting.history(e.getItem().userId()), clock.getZone()));

        exportProgress.setVisible(false);
        exportProgress.getElement().setAttribute("aria-label", "Export progress");
        exportStatus.getElement().setAttribute("role", "status");
        exports.addClassName("report-exports");
        add(new H1("Team training"), figures, new H2("Compliance by unit"), chart, filters, exports, exportProgress,
                exportStatus, grid, new Paragraph("Select a person to see their attempts and certificates."));
        apply(filter);
        addPolicies(policies);
    }

    /**
     * Who has acknowledged which policy (the version in force), for the same people the report covers; paged like the
     * training rows, so a large organisation's rows are read a page at a time.
     */
    private void addPolicies(PolicyReport policies) {
        PolicyReport.AcknowledgementTotals totals = policies.acknowledgementTotals();
        if (totals.rows() == 0) {
            return;
        }
        Grid<PolicyService.PersonPolicy> policyGrid = new Grid<>();
        policyGrid.addColumn(PolicyService.PersonPolicy::name).setHeader("Name").setFlexGrow(2);
        policyGrid.addColumn(PolicyService.PersonPolicy::unit).setHeader("Unit").setFlexGrow(2);
        policyGrid.addColumn(r -> r.line().title()).setHeader("Policy").setFlexGrow(2);
        policyGrid.addColumn(r -> "Version " + r.line().versionNumber()).setHeader("Version");
        policyGrid.addColumn(r -> r.line().status().label()).setHeader("Status");
        policyGrid.addColumn(r -> r.line().dueOn()).setHeader("Due");
        policyGrid.addColumn(r -> r.line().acknowledgedAt() == null ? ""
                : r.line().acknowledgedAt().atZone(zone).toLocalDate().toString())
                .setHeader("Acknowledged");
        policyGrid.setItems(query -> policies.acknowledgementPage(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, policies.acknowledgementTotals().rows()));
        policyGrid.setPageSize(50);
        policyGrid.setAriaLabel("People and their policy acknowledgements");
        policyGrid.setHeight("20rem");
        Anchor csv = exportLink("Export policy acknowledgements (CSV)", "policy-acknowledgements.csv",
                "text/csv; charset=UTF-8", (out, progress) -> policies.exportCsv(out));
        add(new H2("Policy acknowledgements"), new Paragraph(totals.acknowledged() + " of " + totals.rows()
                + " required policy confirmations are done."), csv, policyGrid);
    }

    private ReportFilter withUnit(Long unitId) {
        return filter.withUnit(unitId);
    }

    /**
     * The rows first, the totals in the next round trip (decision 0037): the grid's page is a few milliseconds, while
     * the figures, the chart and the grid's size read every row the filter selects. Until they arrive the grid grows
     * as it is scrolled and the figures say they are being counted.
     */
    private void apply(ReportFilter newFilter) {
        this.filter = newFilter;
        figures.removeAll();
        figures.addClassName("report-figures");
        figures.getElement().setAttribute("aria-busy", "true");
        chart.getElement().setAttribute("aria-busy", "true");
        figures.add(figure("People assigned", COUNTING), figure("Compliant", COUNTING), figure("Overdue", COUNTING),
                figure("Expiring", COUNTING));
        grid.getLazyDataView().setItemCountUnknown();
        grid.getDataProvider().refreshAll();
        exports.removeAll();
        ReportFilter fixed = filter;
        exports.add(exportLink("Export CSV", "training-report.csv", "text/csv; charset=UTF-8",
                        (out, progress) -> export.csv(fixed, out, progress)),
                exportLink("Export Excel (XLSX)", "training-report.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        (out, progress) -> export.xlsx(fixed, out, progress)));
        // The browser answers after it has shown this response (the rows); only then are the totals counted.
        getElement().executeJs("return 0").then(shown -> showTotals(fixed));
    }

    private void showTotals(ReportFilter counted) {
        if (!counted.equals(filter)) {
            return; // the filter changed again: its own totals follow
        }
        ReportOverview overview = reporting.overview(counted);
        ReportSummary summary = overview.summary();
        rows = overview.rows();
        grid.getLazyDataView().setItemCountFromDataProvider();
        figures.removeAll();
        figures.add(figure("People assigned", String.valueOf(summary.people())),
                figure("Compliant", summary.compliantPercent() + "%"),
                figure("Overdue", String.valueOf(summary.overdue())),
                figure("Expiring in " + summary.expiringWithinDays() + " days", String.valueOf(summary.expiring())));
        figures.getElement().setAttribute("aria-busy", "false");
        chart.removeAll();
        chart.add(new Html("<div class=\"chart\">" + ComplianceChart.svg(overview.units()) + "</div>"));
        chart.getElement().setAttribute("aria-busy", "false");
    }

    private interface Writer {
        int write(java.io.OutputStream out, IntConsumer progress);
    }

    private Anchor exportLink(String label, String fileName, String contentType, Writer writer) {
        DownloadHandler handler = event -> {
            UI ui = event.getUI();
            event.setFileName(fileName);
            event.setContentType(contentType);
            int rows = writer.write(event.getOutputStream(), n -> ui.access(() -> exportStatus.setText(n + " rows written…")));
            ui.access(() -> {
                exportProgress.setVisible(false);
                exportStatus.setText("Export ready: " + rows + " rows.");
                ui.setPollInterval(-1);
            });
        };
        Anchor link = new Anchor(handler, label);
        link.addClassName("export-link");
        link.getElement().addEventListener("click", e -> {
            exportProgress.setIndeterminate(true);
            exportProgress.setVisible(true);
            exportStatus.setText("Preparing the export…");
            UI.getCurrent().setPollInterval(500);
        });
        return link;
    }

    private static Div figure(String label, String value) {
        Span number = new Span(value);
        number.addClassName("figure-value");
        Span caption = new Span(label);
        caption.addClassName("figure-label");
        Div figure = new Div(number, caption);
        figure.addClassName("report-figure");
        return figure;
    }
}
