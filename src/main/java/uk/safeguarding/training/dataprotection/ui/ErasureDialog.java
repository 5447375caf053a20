package uk.safeguarding.training.dataprotection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import uk.safeguarding.training.dataprotection.DataProtectionService.Candidate;

/** States what erasing a person does before anything happens; erasure cannot be undone. */
final class ErasureDialog extends Dialog {

    ErasureDialog(Candidate person, Runnable confirmed) {
        setHeaderTitle("Erase " + person.displayName() + "?");
        add(new Paragraph(person.displayName() + " (" + person.email() + ", " + person.unit() + ") will be erased:"),
                new UnorderedList(
                        new ListItem("The account becomes \"Erased person\": name, email and password are removed, "
                                + "roles and managed units too, and it can no longer sign in."),
                        new ListItem("Their quiz answers, reminders and xAPI statements (those not yet sent are never sent) are deleted."),
                        new ListItem("Their " + person.trainingRecords() + " training record(s) stay without their "
                                + "identity, so counts by unit and course do not change."),
                        new ListItem("Their " + person.certificates() + " certificate(s) can still be checked, but only "
                                + "as \"issued, details withheld\"."),
                        new ListItem("The audit log keeps its entries with a pseudonym instead of their email and name.")),
                new Paragraph("This cannot be undone."));
        Button erase = new Button("Erase permanently", e -> {
            close();
            confirmed.run();
        });
        erase.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button("Cancel", e -> close()), erase);
    }
}
