package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.BiConsumer;
import uk.safeguarding.training.shared.ui.SizeLimitedUpload;
import uk.safeguarding.training.authoring.DraftImages;
import uk.safeguarding.training.course.AssetDefinition;

/**
 * Adds an image to a page. The description comes first and is required: the upload stays disabled until there is
 * one, because a picture without alt text tells a screen-reader user nothing (and the validator refuses it).
 */
final class ImageDialog extends Dialog {

    ImageDialog(EditorContext editor, BiConsumer<AssetDefinition, String> added) {
        setHeaderTitle("Add an image");
        TextField alt = new TextField("Describe the image (alt text)");
        alt.setRequiredIndicatorVisible(true);
        alt.setWidthFull();
        alt.setValueChangeMode(ValueChangeMode.EAGER);
        alt.setHelperText("What a person who cannot see the picture needs to know, in a sentence.");
        Paragraph problem = new Paragraph();
        problem.addClassName("form-problems");
        problem.getElement().setAttribute("role", "alert");
        Upload upload = new Upload(SizeLimitedUpload.inMemory(DraftImages.MAX_BYTES, "the image is larger than "
                + DraftImages.MAX_BYTES / 1024 / 1024 + " MB; make it smaller and try again.", (metadata, bytes) -> {
            DraftImages.Upload checked = DraftImages.accept(editor.course(), metadata.fileName(), bytes);
            if (!checked.accepted()) {
                problem.setText(checked.problem());
                return;
            }
            added.accept(checked.asset(), DraftImages.markdown(alt.getValue(), checked.asset().path()));
            close();
        }).onRefused(problem::setText));
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp", ".png", ".jpg", ".jpeg",
                ".gif", ".webp");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DraftImages.MAX_BYTES);
        upload.setEnabled(false);
        upload.addFileRejectedListener(e -> problem.setText(e.getErrorMessage()));
        alt.addValueChangeListener(e -> upload.setEnabled(!e.getValue().isBlank()));
        add(alt, upload, problem);
        getFooter().add(new Button("Cancel", e -> close()));
    }
}
