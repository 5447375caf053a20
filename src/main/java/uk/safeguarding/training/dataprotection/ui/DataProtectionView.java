package uk.safeguarding.training.dataprotection.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.safeguarding.training.dataprotection.DataProtectionService;
import uk.safeguarding.training.dataprotection.DataProtectionService.Candidate;
import uk.safeguarding.training.dataprotection.ErasureResult;
import uk.safeguarding.training.dataprotection.RetentionPolicy;
import uk.safeguarding.training.identity.AppRoles;

/** Administrators: the retention policy, and erasing a person on request. */
@Route("admin/data-protection")
@PageTitle("Data protection | Safeguarding Training")
@Menu(order = 4.6, title = "Data protection", icon = "vaadin:shield")
@RolesAllowed(AppRoles.ADMIN)
class DataProtectionView extends Main {

    private final DataProtectionService service;
    private final IntegerField years = new IntegerField("Keep training records and certificates (years after leaving)");
    private final IntegerField months = new IntegerField("Keep individual quiz answers (months after submission)");
    private final Div policyStatus = new Div();
    private final TextField search = new TextField("Find a person (name or email)");
    private final Grid<Candidate> people = new Grid<>();
    private final Div erasureStatus = new Div();

    DataProtectionView(DataProtectionService service) {
        this.service = service;
        addClassNames("page", "data-protection-page");
        add(new H1("Data protection"), retention(), erasure());
    }

    private Section retention() {
        RetentionPolicy policy = service.policy();
        years.setValue(policy.getKeepRecordsYears());
        years.setMin(RetentionPolicy.MIN_RECORDS_YEARS);
        years.setMax(RetentionPolicy.MAX_RECORDS_YEARS);
        years.setStepButtonsVisible(true);
        years.setHelperText("After this, the person is erased: their certificates stay verifiable only as "
                + "\"issued, details withheld\". " + RetentionPolicy.MIN_RECORDS_YEARS + " to " + RetentionPolicy.MAX_RECORDS_YEARS + ".");
        months.setValue(policy.getKeepAnswersMonths());
        months.setMin(RetentionPolicy.MIN_ANSWERS_MONTHS);
        months.setMax(RetentionPolicy.MAX_ANSWERS_MONTHS);
        months.setStepButtonsVisible(true);
        months.setHelperText("After this, the answers chosen in each assessment attempt are deleted; the score and "
                + "pass or fail stay. " + RetentionPolicy.MIN_ANSWERS_MONTHS + " to " + RetentionPolicy.MAX_ANSWERS_MONTHS + ".");
        Button save = new Button("Save retention policy", e -> savePolicy());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        policyStatus.getElement().setAttribute("role", "status");
        policyStatus.addClassName("form-status");
        Section section = new Section(new H2("Retention"),
                new Paragraph("A job applies these periods every night."), years, months, save, policyStatus);
        section.addClassName("data-protection-section");
        return section;
    }

    private void savePolicy() {
        years.setInvalid(false);
        months.setInvalid(false);
        // A field whose text is not a whole number has a null value; the service names the field in its message.
        List<String> problems = service.changePolicy(years.getValue(), months.getValue());
        policyStatus.removeAll();
        if (problems.isEmpty()) {
            policyStatus.add(new Paragraph("Saved: training records are kept " + years.getValue()
                    + " year(s) after a person leaves, quiz answers " + months.getValue() + " month(s)."));
            return;
        }
        for (String problem : problems) {
            if (problem.startsWith("Keep training records")) {
                years.setErrorMessage(problem);
                years.setInvalid(true);
            } else {
                months.setErrorMessage(problem);
                months.setInvalid(true);
            }
            policyStatus.add(new Paragraph("Not saved. " + problem));
        }
    }

    private Section erasure() {
        search.setHelperText("At least 2 characters.");
        search.setClearButtonVisible(true);
        Button find = new Button("Find", e -> find());
        find.addClickShortcut(Key.ENTER);
        people.setAriaLabel("People found");
        people.addColumn(Candidate::displayName).setHeader("Name");
        people.addColumn(Candidate::email).setHeader("Email");
        people.addColumn(Candidate::unit).setHeader("Unit");
        people.addColumn(c -> c.active() ? "Active" : c.leftOn() == null ? "Deactivated" : "Left " + c.leftOn())
                .setHeader("Status");
        people.addComponentColumn(c -> {
            Button erase = new Button("Erase…", e -> confirm(c));
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            erase.setAriaLabel("Erase " + c.displayName());
            return erase;
        }).setHeader("Action");
        people.setAllRowsVisible(true);
        people.setVisible(false);
        erasureStatus.getElement().setAttribute("role", "status");
        erasureStatus.addClassName("form-status");
        Div searchRow = new Div(search, find);
        searchRow.addClassName("search-row");
        Section section = new Section(new H2("Erase a person on request"),
                new Paragraph("Erasing removes a person's personal data and keeps anonymous statistics. It cannot be undone."),
                searchRow, erasureStatus, people);
        section.addClassName("data-protection-section");
        return section;
    }

    private void find() {
        List<Candidate> found = service.findPeople(search.getValue());
        people.setItems(found);
        people.setVisible(!found.isEmpty());
        erasureStatus.removeAll();
        erasureStatus.add(new Paragraph(search.getValue().strip().length() < 2 ? "Type at least 2 characters of a name or email."
                : found.isEmpty() ? "Nobody found." : found.size() + " person(s) found."));
    }

    private void confirm(Candidate person) {
        // A refusal (yourself, the last administrator, someone erased meanwhile) is shown by ScreenErrors.
        new ErasureDialog(person, () -> {
            ErasureResult result = service.erase(person.userId());
            Notification.show("Person erased.");
            find();
            erasureStatus.removeAll();
            erasureStatus.add(new Paragraph(person.displayName() + " was erased and is now \"" + result.pseudonym()
                    + "\" in the audit log. " + result.certificatesWithheld() + " certificate(s) now show details withheld."));
        }).open();
    }
}
