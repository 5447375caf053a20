package uk.safeguarding.training.certificate.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.safeguarding.training.certificate.Certificate;
import uk.safeguarding.training.certificate.CertificateService;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.shared.Refusal;

/** Managers download their people's certificates, one or a whole unit as a ZIP; administrators can revoke one. */
@Route("team/certificates")
@PageTitle("Team certificates | Safeguarding Training")
@Menu(order = 2.5, title = "Team certificates", icon = "vaadin:archive")
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
class TeamCertificatesView extends Main {

    private final CertificateService certificates;
    private final boolean admin;
    private final Grid<Certificate> grid = new Grid<>();
    private final Div zipArea = new Div();
    private final ProgressBar zipProgress = new ProgressBar();
    private final Span zipStatus = new Span();
    private OrganisationUnit shown;

    TeamCertificatesView(CertificateService certificates, AuthenticationContext authentication) {
        this.certificates = certificates;
        this.admin = authentication.hasRole(AppRoles.ADMIN);
        addClassName("page");

        List<OrganisationUnit> units = certificates.unitsForExport();
        ComboBox<OrganisationUnit> unit = new ComboBox<>("Unit");
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> "\u00a0".repeat(Math.max(0, u.depth()) * 2) + u.getName());
        unit.setHelperText("Includes every team below the unit");
        unit.setWidth("24rem");
        unit.getStyle().set("max-width", "100%");

        grid.addColumn(Certificate::getLearnerName).setHeader("Name").setSortable(true).setFlexGrow(2);
        grid.addColumn(Certificate::getCourseTitle).setHeader("Course").setFlexGrow(2);
        grid.addColumn(c -> MyCertificatesView.DATE.format(c.getCompletedOn())).setHeader("Completed");
        grid.addColumn(c -> MyCertificatesView.DATE.format(c.getValidUntil())).setHeader("Valid until");
        grid.addColumn(c -> certificates.statusOf(c).label()).setHeader("Status");
        grid.addComponentColumn(c -> {
            Anchor pdf = new Anchor(CertificateDownloads.pdf(certificates, c.getId()), "PDF");
            pdf.getElement().setAttribute("aria-label", "PDF: certificate of " + c.getLearnerName());
            return pdf;
        }).setHeader("Download");
        if (admin) {
            grid.addComponentColumn(c -> c.isRevoked() ? new Span("Revoked") : revokeButton(c)).setHeader("Revoke");
        }
        grid.setAriaLabel("Certificates");
        grid.setAllRowsVisible(false);
        grid.setHeight("28rem");

        zipProgress.setVisible(false);
        zipProgress.getElement().setAttribute("aria-label", "ZIP progress");
        zipStatus.getElement().setAttribute("role", "status");
        unit.addValueChangeListener(e -> show(e.getValue()));
        add(new H1("Team certificates"), new Paragraph("Download the certificates of the people in the units you manage."),
                unit, zipArea, zipProgress, zipStatus, grid);
        if (!units.isEmpty()) {
            unit.setValue(units.getFirst());
        }
    }

    private void show(OrganisationUnit unit) {
        shown = unit;
        zipArea.removeAll();
        if (unit == null) {
            grid.setItems(List.of());
            return;
        }
        List<Certificate> list = certificates.forUnit(unit.getId());
        grid.setItems(list);
        int total = list.size();
        Anchor zip = new Anchor(zipHandler(unit, total), "Download all " + total + " certificates as a ZIP");
        zip.getElement().addEventListener("click", e -> {
            zipProgress.setVisible(true);
            zipProgress.setValue(0);
            zipStatus.setText("Preparing the ZIP…");
            UI.getCurrent().setPollInterval(500);
        });
        zip.setEnabled(total > 0);
        zipArea.add(zip);
    }

    private DownloadHandler zipHandler(OrganisationUnit unit, int total) {
        String name = "certificates-" + unit.getName().replaceAll("[^A-Za-z0-9]+", "-") + ".zip";
        return event -> {
            UI ui = event.getUI();
            event.setFileName(name);
            event.setContentType("application/zip");
            int written = certificates.writeZip(unit.getId(), event.getOutputStream(), n -> {
                if (n % 25 == 0 || n == total) {
                    ui.access(() -> {
                        zipProgress.setValue(total == 0 ? 1 : (double) n / total);
                        zipStatus.setText(n + " of " + total + " certificates added");
                    });
                }
            });
            ui.access(() -> {
                zipStatus.setText("ZIP ready: " + written + " certificates.");
                zipProgress.setVisible(false);
                ui.setPollInterval(-1);
            });
        };
    }

    private Button revokeButton(Certificate certificate) {
        Button revoke = new Button("Revoke", e -> openRevokeDialog(certificate));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setAriaLabel("Revoke: certificate of " + certificate.getLearnerName());
        return revoke;
    }

    private void openRevokeDialog(Certificate certificate) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Revoke the certificate of " + certificate.getLearnerName());
        TextArea reason = new TextArea("Reason");
        reason.setHelperText("Kept with the revocation, with your name and the date. Verification will show it as revoked.");
        reason.setWidthFull();
        reason.setRequired(true);
        Button confirm = new Button("Revoke certificate", e -> {
            try {
                certificates.revoke(certificate.getId(), reason.getValue());
                dialog.close();
                Notification.show("Certificate revoked.");
                show(shown);
            } catch (Refusal problem) {
                reason.setInvalid(true);
                reason.setErrorMessage(problem.getMessage());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(new Paragraph("Certificate " + certificate.getDisplayCode() + " for " + certificate.getCourseTitle() + "."), reason);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }
}
