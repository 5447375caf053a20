package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks before something is removed from the draft; the draft saves at once, so there is no undo. */
final class ConfirmDelete extends Dialog {

    ConfirmDelete(String question, Runnable confirmed) {
        setHeaderTitle("Are you sure?");
        add(new Paragraph(question));
        Button yes = new Button("Delete", e -> {
            close();
            confirmed.run();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button("Cancel", e -> close()), yes);
    }
}
