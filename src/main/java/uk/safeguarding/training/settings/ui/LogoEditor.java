package uk.safeguarding.training.settings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import uk.safeguarding.training.settings.LogoImages;
import uk.safeguarding.training.shared.ui.SizeLimitedUpload;
import uk.safeguarding.training.settings.OrganisationLogo;
import uk.safeguarding.training.settings.OrganisationService;

/** Upload, preview and removal of the logo printed on certificates; each change is saved (and audited) at once. */
final class LogoEditor extends Section {

    private final OrganisationService organisation;
    private final Div preview = new Div();
    private final Paragraph problem = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Button remove = new Button("Remove the logo");

    LogoEditor(OrganisationService organisation) {
        this.organisation = organisation;
        addClassName("logo-editor");
        preview.addClassName("logo-preview");
        problem.addClassName("form-problems");
        problem.getElement().setAttribute("role", "alert");
        status.getElement().setAttribute("role", "status");

        Upload upload = new Upload(SizeLimitedUpload.inMemory(LogoImages.MAX_BYTES, "the file is larger than 1 MB. "
                + LogoImages.RULES, (metadata, bytes) -> {
            try {
                OrganisationLogo logo = organisation.changeLogo(bytes);
                problem.setText("");
                status.setText("Logo saved (" + logo.width() + " × " + logo.height() + " pixels). Certificates issued"
                        + " from now on show it.");
                show(Optional.of(logo));
            } catch (LogoImages.InvalidLogoException e) {
                status.setText("");
                problem.setText(metadata.fileName() + ": " + e.getMessage());
            }
        }).onRefused(message -> {
            status.setText("");
            problem.setText(message);
        }));
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(LogoImages.MAX_BYTES);
        upload.setUploadButton(new Button("Upload a logo"));
        upload.addFileRejectedListener(e -> problem.setText(e.getFileName() + ": " + e.getErrorMessage()
                + ". " + LogoImages.RULES));
        upload.addSucceededListener(e -> upload.clearFileList());

        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(e -> {
            organisation.removeLogo();
            problem.setText("");
            status.setText("Logo removed. Certificates issued from now on have none; earlier ones keep theirs.");
            show(Optional.empty());
        });

        Paragraph rules = new Paragraph(LogoImages.RULES + " A logo with a transparent background looks best.");
        rules.addClassName("field-help");
        add(new H2("Logo"), new Paragraph("Printed above the organisation's name on certificates issued from now on."),
                preview, rules, upload, remove, problem, status);
        show(organisation.logo());
    }

    private void show(Optional<OrganisationLogo> logo) {
        preview.removeAll();
        remove.setEnabled(logo.isPresent());
        if (logo.isEmpty()) {
            preview.add(new Paragraph("No logo yet: certificates show the organisation's name only."));
            return;
        }
        byte[] png = logo.get().png();
        Image image = new Image(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(png), "logo.png", "image/png", png.length)),
                "The current logo");
        image.addClassName("logo-image");
        preview.add(image);
    }
}
