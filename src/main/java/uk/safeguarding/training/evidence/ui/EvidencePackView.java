package uk.safeguarding.training.evidence.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.evidence.EvidencePackService;
import uk.safeguarding.training.evidence.EvidencePackService.PackFile;
import uk.safeguarding.training.evidence.PackProgress;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.shared.Refusal;

/** A manager or administrator downloads the inspection evidence pack for a unit as it stood on a chosen day. */
@Route("team/evidence")
@PageTitle("Evidence pack | Safeguarding Training")
@Menu(order = 2.5, title = "Evidence pack", icon = "vaadin:archive")
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
class EvidencePackView extends Main {

    private interface Producer {
        PackFile produce(long unitId, LocalDate day, PackProgress progress);
    }

    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Paragraph problem = new Paragraph();
    private volatile Long unitId;
    private volatile LocalDate day;

    EvidencePackView(EvidencePackService evidence, Clock clock) {
        addClassName("page");
        List<OrganisationUnit> units = evidence.units();
        ComboBox<OrganisationUnit> unit = new ComboBox<>("Unit (with every unit below it)");
        unit.setItems(units);
        unit.setItemLabelGenerator(OrganisationUnit::getName);
        unit.setRequiredIndicatorVisible(true);
        unit.addValueChangeListener(e -> unitId = e.getValue() == null ? null : e.getValue().getId());
        if (!units.isEmpty()) {
            unit.setValue(units.getFirst());
        }
        LocalDate today = LocalDate.now(clock);
        DatePicker date = new DatePicker("Evidence as at the end of");
        date.setMax(today);
        date.setValue(today);
        date.setRequiredIndicatorVisible(true);
        date.setHelperText("Today or any day in the past");
        date.addValueChangeListener(e -> day = e.getValue());
        day = today;

        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Evidence pack progress");
        status.getElement().setAttribute("role", "status");
        problem.addClassName("form-problems");
        problem.getElement().setAttribute("role", "alert");
        Div downloads = new Div(link("Download PDF", evidence::pdf), link("Download CSV", evidence::csv));
        downloads.addClassName("report-exports");
        Div form = new Div(unit, date);
        form.addClassName("report-filters");
        add(new H1("Evidence pack"),
                new Paragraph("For an inspection (Ofsted, CQC, the local safeguarding partnership): everyone in the unit "
                        + "and the units below it, with each course and policy as it stood at the end of the chosen day, "
                        + "from the records kept at the time. The PDF is accessible (tagged, PDF/UA) and the CSV has the "
                        + "same rows. Each download is recorded in the audit log."),
                form, downloads, progress, status, problem);
    }

    private Anchor link(String label, Producer producer) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            UI ui = event.getUI();
            Long chosenUnit = unitId;
            LocalDate chosenDay = day;
            try {
                if (chosenUnit == null) {
                    throw new Refusal("Choose a unit.");
                }
                PackFile file = producer.produce(chosenUnit, chosenDay, (step, done, total) -> ui.access(() -> shown(step, done, total)));
                ui.access(() -> finish("Evidence pack ready: " + file.rows() + " rows.", ""));
                return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), file.mediaType(),
                        file.bytes().length);
            } catch (Refusal e) {
                ui.access(() -> finish("", e.getMessage()));
                return DownloadResponse.error(400);
            } catch (AccessDeniedException e) {
                ui.access(() -> finish("", "You can produce evidence only for the units you manage."));
                return DownloadResponse.error(403);
            }
        });
        Anchor link = new Anchor(handler, label);
        link.addClassName("export-link");
        link.getElement().addEventListener("click", e -> {
            problem.setText("");
            progress.setIndeterminate(true);
            progress.setVisible(true);
            status.setText("Preparing the evidence pack…");
            UI.getCurrent().setPollInterval(500);
        });
        return link;
    }

    /** "Writing the PDF: 2,500 of 10,000 rows…", with the bar filled as far. */
    private void shown(String step, int done, int total) {
        if (total <= 0) {
            progress.setIndeterminate(true);
            status.setText(step + "…");
            return;
        }
        progress.setIndeterminate(false);
        progress.setValue(Math.min(1, (double) done / total));
        String items = step.equals(EvidencePackService.READING) ? " people" : " rows";
        status.setText(String.format(java.util.Locale.UK, "%s: %,d of %,d%s…", step, done, total, items));
    }

    private void finish(String message, String error) {
        progress.setVisible(false);
        status.setText(message);
        problem.setText(error);
        UI.getCurrent().setPollInterval(-1);
    }
}
