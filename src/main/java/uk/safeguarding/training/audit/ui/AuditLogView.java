package uk.safeguarding.training.audit.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditEntry;
import uk.safeguarding.training.audit.AuditExport;
import uk.safeguarding.training.audit.AuditFilter;
import uk.safeguarding.training.audit.AuditLog;

/**
 * The audit log for administrators: filtered, paged in the database, newest first, exported as CSV. The role is
 * written out because the audit feature cannot depend on identity (identity records its sign-ins here).
 */
@Route("admin/audit")
@PageTitle("Audit log | Safeguarding Training")
@Menu(order = 4.8, title = "Audit log", icon = "vaadin:records")
@RolesAllowed("ADMIN")
class AuditLogView extends Main {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss");

    private final AuditLog audit;
    private final AuditExport export;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span matches = new Span();
    private final Div exports = new Div();
    private AuditFilter filter = AuditFilter.everything();

    AuditLogView(AuditLog audit, AuditExport export, Clock clock) {
        this.audit = audit;
        this.export = export;
        addClassNames("page", "audit-page");

        MultiSelectComboBox<AuditAction> actions = new MultiSelectComboBox<>("Actions");
        actions.setItems(Arrays.stream(AuditAction.values()).sorted(Comparator.comparing(AuditAction::label)).toList());
        actions.setItemLabelGenerator(AuditAction::label);
        actions.setPlaceholder("All actions");
        actions.setClearButtonVisible(true);
        actions.addValueChangeListener(e -> apply(filter.withActions(e.getValue())));
        TextField actor = new TextField("Actor (email)");
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        actor.addValueChangeListener(e -> apply(filter.withActor(e.getValue())));
        TextField text = new TextField("Subject or details contain");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.addValueChangeListener(e -> apply(filter.withText(e.getValue())));
        DatePicker from = new DatePicker("From (date)");
        DatePicker to = new DatePicker("To (date)");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> applyDates(from, to));
        to.addValueChangeListener(e -> applyDates(from, to));
        Div filters = new Div(actions, actor, text, from, to);
        filters.addClassName("report-filters");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", "Filter the audit log");

        grid.addColumn(e -> TIME.format(e.getAt().atZone(clock.getZone()))).setHeader("Time (UK)").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::getActor).setHeader("Actor").setFlexGrow(2);
        grid.addColumn(e -> e.getAction().label()).setHeader("Action").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.START);
        grid.addColumn(AuditEntry::getSubject).setHeader("Subject").setFlexGrow(3);
        grid.addColumn(AuditEntry::getDetails).setHeader("Details").setFlexGrow(4);
        grid.setItems(query -> audit.page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter)));
        grid.setPageSize(50);
        grid.setAriaLabel("Audit log entries, newest first");
        grid.setHeight("32rem");

        matches.getElement().setAttribute("role", "status");
        matches.addClassName("audit-matches");
        exports.addClassName("report-exports");
        add(new H1("Audit log"),
                new Paragraph("Who did what and when: sign-ins, changes to people, courses and certificates, and "
                        + "exports of personal data. Newest first."),
                filters, exports, matches, grid);
        apply(filter);
    }

    private void applyDates(DatePicker from, DatePicker to) {
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage("The 'To' date is before the 'From' date. Choose a date on or after "
                    + from.getValue() + ".");
            return;
        }
        to.setInvalid(false);
        apply(filter.withDates(from.getValue(), to.getValue()));
    }

    private void apply(AuditFilter newFilter) {
        this.filter = newFilter;
        grid.getDataProvider().refreshAll();
        long count = audit.count(filter);
        matches.setText(count == 1 ? "1 entry matches." : count + " entries match.");
        AuditFilter fixed = filter;
        DownloadHandler csv = event -> {
            event.setFileName("audit-log.csv");
            event.setContentType("text/csv; charset=UTF-8");
            export.csv(fixed, event.getOutputStream());
        };
        Anchor link = new Anchor(csv, "Export CSV");
        link.addClassName("export-link");
        exports.removeAll();
        exports.add(link);
    }
}
