package uk.safeguarding.training.staffimport.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.safeguarding.training.shared.ui.SizeLimitedUpload;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.staffimport.StaffImportChangedException;
import uk.safeguarding.training.staffimport.StaffImportPlan;
import uk.safeguarding.training.staffimport.StaffImportResult;
import uk.safeguarding.training.staffimport.StaffImportRow;
import uk.safeguarding.training.staffimport.StaffImportRow.Outcome;
import uk.safeguarding.training.staffimport.StaffImportService;

/**
 * Upload a staff CSV, read the preview (what is created, updated, left alone, and every refused row with its
 * reason), then confirm. Checking and importing run off the request thread with a progress bar, since a file of
 * 10,000 people takes a while.
 */
@Route("admin/import")
@PageTitle("Import staff | Safeguarding Training")
@Menu(order = 4.2, title = "Import staff", icon = "vaadin:upload")
@RolesAllowed(AppRoles.ADMIN)
class StaffImportView extends Main {

    private final StaffImportService imports;
    private final Upload upload;
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Div outcome = new Div();

    StaffImportView(StaffImportService imports) {
        this.imports = imports;
        addClassNames("page", "staff-import");

        upload = new Upload(SizeLimitedUpload.inMemory(StaffImportService.MAX_BYTES, "the file is larger than "
                + StaffImportService.MAX_BYTES / 1024 / 1024 + " MB.", (metadata, bytes) -> preview(metadata.fileName(), bytes))
                .onRefused(message -> status.setText("The file was not accepted: " + message)));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(StaffImportService.MAX_BYTES);
        upload.setUploadButton(new Button("Choose a CSV file"));
        Span dropLabel = new Span("or drop it here");
        dropLabel.addClassName("staff-import-drop");
        upload.setDropLabel(dropLabel);
        upload.addFileRejectedListener(e -> status.setText("The file was not accepted: " + e.getErrorMessage()
                + " Use a .csv file of at most " + StaffImportService.MAX_BYTES / 1024 / 1024 + " MB (10,000 people are about 1 MB)."));

        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Import progress");
        status.getElement().setAttribute("role", "status");
        status.addClassName("staff-import-status");

        UnorderedList rules = new UnorderedList(
                new ListItem("email, name and unit are required. The unit is the path of unit names from the top of the "
                        + "tree, separated by '/', for example Harbour City Council/Schools/Northgate Primary School."),
                new ListItem("roles: learner, manager, trainer or admin, separated by ';'. When empty, a new person is a "
                        + "learner and an existing person keeps their roles."),
                new ListItem("managed units: unit paths separated by ';', for managers. When empty, an existing person "
                        + "keeps the units they manage."),
                new ListItem("Cells starting with =, +, -, @ or a tab are refused: spreadsheet programs would run them as formulas."),
                new ListItem("New people get no password: they can sign in once an administrator gives them a one-time "
                        + "password in People, or through single sign-on."),
                new ListItem("Nobody is deactivated: people who are not in the file stay as they are."));
        add(new H1("Import staff"),
                new Paragraph("Add and update people from a CSV file (UTF-8, comma separated). The first row names the "
                        + "columns, in any order: email, name, unit, and optionally roles and managed units. You see what "
                        + "will change before anything is saved."),
                rules, upload, progress, status, outcome);
    }

    private void preview(String fileName, byte[] bytes) {
        outcome.removeAll();
        long lines = Math.max(1, countLines(bytes) - 1);
        inBackground("Checking " + fileName + "…", ui -> {
            StaffImportPlan plan = imports.preview(fileName, bytes, n -> update(ui, () -> {
                progress.setValue(Math.min(1, n / (double) lines));
                status.setText(n + " rows checked…");
            }));
            update(ui, () -> showPreview(plan, ""));
        });
    }

    private void showPreview(StaffImportPlan plan, String message) {
        done(message);
        outcome.removeAll();
        outcome.add(new H2("Preview of " + plan.fileName()));
        if (!plan.fileProblems().isEmpty()) {
            outcome.add(new Paragraph("Nothing can be imported from this file:"), list(plan.fileProblems()), startAgain());
            return;
        }
        long created = plan.count(Outcome.CREATE);
        long updated = plan.count(Outcome.UPDATE);
        Paragraph summary = new Paragraph(created + " new " + (created == 1 ? "person" : "people") + ", " + updated
                + " to update, " + plan.count(Outcome.UNCHANGED) + " unchanged, " + plan.count(Outcome.REFUSED)
                + " rows with problems (not imported).");
        summary.addClassName("staff-import-summary");
        outcome.add(summary, new Paragraph("People who are not in the file are left as they are: the import never deactivates anyone."));
        if (!plan.ignoredColumns().isEmpty()) {
            outcome.add(new Paragraph("Columns ignored: " + String.join(", ", plan.ignoredColumns()) + "."));
        }
        List<String> problems = plan.problems();
        if (!problems.isEmpty()) {
            Grid<String> problemGrid = new Grid<>();
            problemGrid.addColumn(p -> p).setHeader("Problem");
            problemGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            problemGrid.setAriaLabel("Rows that will not be imported");
            size(problemGrid, problems.size());
            problemGrid.setItems(problems);
            outcome.add(new H3("Rows that will not be imported"), problemGrid);
        }
        List<StaffImportRow> good = plan.rows().stream().filter(r -> r.outcome() != Outcome.REFUSED).toList();
        if (!good.isEmpty()) {
            Grid<StaffImportRow> rows = new Grid<>();
            rows.addColumn(StaffImportRow::row).setHeader("Row").setFlexGrow(0).setWidth("5rem");
            rows.addColumn(StaffImportRow::email).setHeader("Email").setFlexGrow(2);
            rows.addColumn(r -> r.cells().name().strip()).setHeader("Name").setFlexGrow(2);
            rows.addColumn(r -> r.outcome().label()).setHeader("What happens");
            rows.addColumn(r -> details(r)).setHeader("Changes").setFlexGrow(4);
            rows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            rows.setAriaLabel("Rows to import");
            size(rows, good.size());
            rows.setItems(good);
            outcome.add(new H3("What the import will do"), rows);
        }
        Button confirm = new Button("Import " + (created + updated) + " " + (created + updated == 1 ? "person" : "people"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(plan.hasWork());
        confirm.addClickListener(e -> confirm(plan, (int) (created + updated)));
        confirm.setDisableOnClick(true);
        Div actions = new Div(confirm, startAgain());
        actions.addClassName("staff-import-actions");
        if (!plan.hasWork()) {
            outcome.add(new Paragraph("Nothing to import: every row is unchanged or has a problem."));
        }
        outcome.add(actions);
    }

    private void confirm(StaffImportPlan plan, int total) {
        inBackground("Importing…", ui -> {
            try {
                StaffImportResult result = imports.confirm(plan, n -> update(ui, () -> {
                    progress.setValue(total == 0 ? 1 : Math.min(1, n / (double) total));
                    status.setText(n + " of " + total + " people saved…");
                }));
                update(ui, () -> showResult(result));
            } catch (StaffImportChangedException changed) {
                update(ui, () -> showPreview(changed.freshPlan(), changed.getMessage()));
            }
        });
    }

    private void showResult(StaffImportResult result) {
        done("Import finished.");
        outcome.removeAll();
        outcome.add(new H2("Import finished"),
                new Paragraph(result.created() + " added, " + result.updated() + " updated, " + result.unchanged()
                        + " unchanged; " + result.refused() + " rows with problems were not imported."),
                new Paragraph("New people have no password yet: give each a one-time password in People, or let them "
                        + "sign in with single sign-on."),
                startAgain());
    }

    private Button startAgain() {
        Button again = new Button("Choose another file", e -> {
            outcome.removeAll();
            status.setText("");
            upload.clearFileList();
        });
        again.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return again;
    }

    private interface Work {
        void run(UI ui);
    }

    /** Runs the work off the request thread, signed in as the same administrator, with the progress bar showing. */
    private void inBackground(String message, Work work) {
        UI ui = UI.getCurrent();
        SecurityContext signedIn = SecurityContextHolder.getContext();
        upload.getElement().setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText(message);
        ui.setPollInterval(500);
        Thread.ofVirtual().name("staff-import").start(() -> {
            SecurityContextHolder.setContext(signedIn);
            try {
                work.run(ui);
            } catch (RuntimeException e) {
                // ScreenErrors shows a refusal's message, or a generic one for anything else (logged in full)
                update(ui, () -> {
                    done("Nothing was imported.");
                    throw e;
                });
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private void done(String message) {
        progress.setVisible(false);
        status.setText(message);
        upload.getElement().setEnabled(true);
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    /** Progress must never stop the work: a closed tab just stops seeing it. */
    private static void update(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException closed) {
            // nobody is watching any more
        }
    }

    private static String details(StaffImportRow row) {
        String changes = String.join("; ", row.changes());
        return row.note().isEmpty() ? changes : (changes.isEmpty() ? row.note() : changes + ". " + row.note());
    }

    private static void size(Grid<?> grid, int rows) {
        if (rows <= 30) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("24rem");
        }
    }

    private static UnorderedList list(List<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(i -> list.add(new ListItem(i)));
        return list;
    }

    private static long countLines(byte[] bytes) {
        long lines = 1;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
