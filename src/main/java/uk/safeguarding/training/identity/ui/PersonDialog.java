package uk.safeguarding.training.identity.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import uk.safeguarding.training.identity.ChangeRefused;
import uk.safeguarding.training.identity.IdentityService.NewPerson;
import uk.safeguarding.training.identity.OneTimePassword;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.PeopleAdministration;
import uk.safeguarding.training.identity.PersonChanges;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.UserAccount;

/**
 * Adds a person, or edits one: details, unit, roles, managed units, and (when editing) deactivation and one-time
 * passwords. Refusals from the service appear on the field at fault.
 */
final class PersonDialog extends Dialog {

    private final PeopleAdministration people;
    private final Runnable changed;
    private final TextField name = new TextField("Name");
    private final EmailField email = new EmailField("Email");
    private final ComboBox<OrganisationUnit> unit = new ComboBox<>("Unit");
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    private final MultiSelectComboBox<OrganisationUnit> managed = new MultiSelectComboBox<>("Manages units");
    private final DatePicker joined = new DatePicker("Joined on");
    private final Paragraph problem = new Paragraph();
    private final Paragraph status = new Paragraph();

    private PersonDialog(PeopleAdministration people, List<OrganisationUnit> unitsInUse, UnitLabels labels, Runnable changed) {
        this.people = people;
        this.changed = changed;
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        email.setRequiredIndicatorVisible(true);
        email.setHelperText("They sign in with it.");
        // The address rule is EmailAddress's, checked on save with its message beside this field. The field's own
        // default pattern is a different, narrower rule (it marks o'brien@example.org invalid), so it only asks
        // for the shape of an address here.
        email.setPattern("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
        unit.setItems(unitsInUse);
        unit.setItemLabelGenerator(labels::label);
        unit.setRequiredIndicatorVisible(true);
        roles.setItems(EnumSet.of(Role.LEARNER, Role.TRAINER, Role.ADMIN));
        roles.setItemLabelGenerator(Role::label);
        roles.setHelperText("Learners take the training; trainers edit courses; administrators look after people, units and settings.");
        managed.setItems(unitsInUse);
        managed.setItemLabelGenerator(labels::label);
        managed.setHelperText("Managing a unit makes the person a manager: they see the training of everyone in it and below it.");
        name.setWidthFull();
        email.setWidthFull();
        unit.setWidthFull();
        managed.setWidthFull();
        joined.setWidthFull();
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("form-problem");
        status.getElement().setAttribute("role", "status");
        setWidth("min(40rem, 95vw)");
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                name.focus();
            }
        });
    }

    /** The "Add person" form; on success shows the one-time password. */
    static PersonDialog adding(PeopleAdministration people, List<OrganisationUnit> unitsInUse, UnitLabels labels,
                               java.time.LocalDate today, Runnable changed) {
        PersonDialog dialog = new PersonDialog(people, unitsInUse, labels, changed);
        dialog.setHeaderTitle("Add a person");
        dialog.roles.setValue(Set.of(Role.LEARNER));
        dialog.joined.setValue(today);
        dialog.joined.setHelperText("Training due a number of days after joining counts from this date.");
        dialog.add(dialog.name, dialog.email, dialog.unit, dialog.joined, dialog.roles, dialog.managed, dialog.problem);
        Button add = new Button("Add person", e -> dialog.add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), add);
        return dialog;
    }

    /** The edit form for one person. */
    static PersonDialog editing(PeopleAdministration people, List<OrganisationUnit> unitsInUse, UnitLabels labels,
                                UserAccount person, Runnable changed) {
        PersonDialog dialog = new PersonDialog(people, unitsInUse, labels, changed);
        dialog.setHeaderTitle("Edit " + person.getDisplayName());
        dialog.name.setValue(person.getDisplayName());
        dialog.email.setValue(person.getEmail());
        dialog.unit.setValue(person.getUnit());
        dialog.roles.setValue(person.getRoles().stream().filter(r -> r != Role.MANAGER).collect(Collectors.toSet()));
        dialog.managed.setValue(person.getManagedUnits());
        Div account = dialog.accountSection(person);
        dialog.add(dialog.name, dialog.email, dialog.unit, dialog.roles, dialog.managed, dialog.problem, account);
        Button save = new Button("Save changes", e -> dialog.save(person));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        return dialog;
    }

    private Div accountSection(UserAccount person) {
        long id = person.getId();
        Button deactivate = new Button("Deactivate");
        Button reactivate = new Button("Reactivate");
        Button password = new Button("Issue a one-time password", e -> attempt(() -> {
            OneTimePassword otp = people.issueOneTimePassword(id);
            new OneTimePasswordDialog(person.getDisplayName(), otp).open();
        }, "A one-time password was issued; the previous password no longer works."));
        Consumer<Boolean> showActive = active -> {
            deactivate.setVisible(active);
            reactivate.setVisible(!active);
            password.setVisible(active);
        };
        deactivate.addClickListener(e -> attempt(() -> {
            people.deactivate(id);
            showActive.accept(false);
        }, "Deactivated: " + person.getDisplayName() + " can no longer sign in."));
        reactivate.addClickListener(e -> attempt(() -> {
            people.reactivate(id);
            showActive.accept(true);
        }, "Reactivated: " + person.getDisplayName() + " can sign in again."));
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        showActive.accept(person.isActive());
        status.setText(person.isActive() ? "Active." : "Deactivated" + (person.getLeftOn() == null ? "." : " (left on " + person.getLeftOn() + ")."));
        Div buttons = new Div(deactivate, reactivate, password);
        buttons.addClassName("person-account-actions");
        Div section = new Div(new H3("Account"), status, buttons);
        section.addClassName("person-account");
        return section;
    }

    /** Runs an account action now (not on save); a refusal shows why, and nothing changes. */
    private void attempt(Runnable action, String done) {
        clearProblems();
        try {
            action.run();
            status.setText(done);
            changed.run();
        } catch (ChangeRefused refused) {
            show(refused);
        }
    }

    private void add() {
        clearProblems();
        try {
            OneTimePassword otp = people.addPerson(new NewPerson(email.getValue(), name.getValue(),
                    unit.getValue() == null ? -1 : unit.getValue().getId(), roles.getValue(), joined.getValue()), ids(managed.getValue()));
            close();
            changed.run();
            new OneTimePasswordDialog(name.getValue().strip(), otp).open();
        } catch (ChangeRefused refused) {
            show(refused);
        }
    }

    private void save(UserAccount person) {
        clearProblems();
        try {
            people.updatePerson(person.getId(), new PersonChanges(name.getValue(), email.getValue(),
                    unit.getValue() == null ? -1 : unit.getValue().getId(), roles.getValue(), ids(managed.getValue())));
            close();
            changed.run();
        } catch (ChangeRefused refused) {
            show(refused);
        }
    }

    private void show(ChangeRefused refused) {
        HasValidation field = switch (refused.field()) {
            case NAME -> name;
            case EMAIL -> email;
            case UNIT -> unit;
            case ROLES -> roles;
            case MANAGED_UNITS -> managed;
            default -> null;
        };
        if (field == null) {
            problem.setText(refused.getMessage());
            return;
        }
        field.setErrorMessage(refused.getMessage());
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private void clearProblems() {
        problem.setText("");
        for (HasValidation field : List.<HasValidation>of(name, email, unit, roles, managed)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    private static Set<Long> ids(Set<OrganisationUnit> units) {
        return units.stream().map(OrganisationUnit::getId).collect(Collectors.toSet());
    }
}
