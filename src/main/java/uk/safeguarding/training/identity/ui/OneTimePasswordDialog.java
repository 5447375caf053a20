package uk.safeguarding.training.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import uk.safeguarding.training.identity.OneTimePassword;

/** Shows a one-time password once: it is not stored anywhere it could be shown again. */
final class OneTimePasswordDialog extends Dialog {

    OneTimePasswordDialog(String personName, OneTimePassword otp) {
        setHeaderTitle("One-time password for " + personName);
        TextField password = new TextField("One-time password");
        password.setValue(otp.password());
        password.setReadOnly(true);
        password.setWidthFull();
        password.addClassName("one-time-password");
        add(new Paragraph("Give this password to " + personName + " (" + otp.email() + ") in person or by phone. "
                + "It is shown only now. They sign in with it once and then choose their own password."), password);
        Button done = new Button("I have noted it", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                password.focus();
            }
        });
    }
}
