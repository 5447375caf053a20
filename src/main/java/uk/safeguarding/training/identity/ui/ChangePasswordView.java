package uk.safeguarding.training.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.PasswordPolicy;

@Route("change-password")
@PageTitle("Change your password | Safeguarding Training")
@PermitAll
class ChangePasswordView extends Main {

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField fresh = new PasswordField("New password");
    private final PasswordField confirm = new PasswordField("Repeat the new password");
    private final Div problems = new Div();

    ChangePasswordView(IdentityService identity) {
        addClassName("narrow-page");
        fresh.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters. Three random words work well.");
        problems.getElement().setAttribute("role", "alert");
        problems.addClassName("form-problems");
        Button save = new Button("Change password", e -> {
            if (!fresh.getValue().equals(confirm.getValue())) {
                show(List.of("The two new passwords are not the same."));
                confirm.setInvalid(true);
                confirm.setErrorMessage("Does not match the new password");
                return;
            }
            List<String> result = identity.changeOwnPassword(current.getValue(), fresh.getValue());
            if (result.isEmpty()) {
                getUI().ifPresent(ui -> ui.navigate(""));
            } else {
                show(result);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        current.setWidthFull();
        fresh.setWidthFull();
        confirm.setWidthFull();
        add(new H1("Change your password"),
                new Paragraph("Choose a password only you know. If you were given a one-time password, "
                        + "you need to replace it before you continue."),
                problems, current, fresh, confirm, save);
        current.focus();
    }

    private void show(List<String> messages) {
        problems.removeAll();
        messages.forEach(m -> problems.add(new Paragraph(m)));
    }
}
