package uk.safeguarding.training.settings.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.settings.InvalidSettingsException;
import uk.safeguarding.training.settings.OrganisationRules;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.settings.ReminderTimings;

/**
 * The organisation's name, logo, local safeguarding contacts (filled into the course text), the public address on
 * certificates and when reminders go out. Each field says what is wrong with it; nothing is saved until all are right.
 */
@Route("admin/organisation")
@PageTitle("Organisation | Safeguarding Training")
@Menu(order = 4.5, title = "Organisation", icon = "vaadin:building")
@RolesAllowed(AppRoles.ADMIN)
class OrganisationSettingsView extends Main {

    private final OrganisationService organisation;
    private final Binder<SettingsBean> binder = new Binder<>();
    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final Paragraph problems = new Paragraph();
    private final Paragraph status = new Paragraph();
    private SettingsBean bean;

    OrganisationSettingsView(OrganisationService organisation) {
        this.organisation = organisation;
        addClassNames("page", "organisation-settings");
        problems.addClassNames("form-problems", "settings-problems");
        problems.getElement().setAttribute("role", "alert");
        status.getElement().setAttribute("role", "status");

        Button save = new Button("Save settings", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);

        add(new H1("Organisation"));
        if (organisation.publicAddressMissing()) {
            add(publicAddressNotice());
        }
        add(identity(), new LogoEditor(organisation), contacts(), certificates(), reminders(),
                problems, save, status, pagesLink());
        bean = SettingsBean.of(organisation.details());
        binder.readBean(bean);
    }

    private Section identity() {
        TextField name = text(OrganisationRules.NAME, "Organisation name", OrganisationRules.NAME_MAX,
                "Printed on certificates and used for {{organisation.name}} in the course text.");
        name.setRequiredIndicatorVisible(true);
        binder.forField(name).withValidator(rule(OrganisationRules::nameProblem))
                .bind(b -> b.name, (b, v) -> b.name = v);
        return section("Name", new FormLayout(name));
    }

    private Section contacts() {
        FormLayout form = new FormLayout();
        form.add(contact(OrganisationRules.SAFEGUARDING_LEAD, "Designated safeguarding lead", "The safeguarding lead's name",
                OrganisationRules.CONTACT_MAX, "{{organisation.safeguarding_lead}}", b -> b.safeguardingLead,
                (b, v) -> b.safeguardingLead = v));
        form.add(contact(OrganisationRules.SAFEGUARDING_LEAD_CONTACT, "How to contact the safeguarding lead",
                "The safeguarding lead's contact", OrganisationRules.CONTACT_MAX,
                "{{organisation.safeguarding_lead_contact}}, e.g. a phone number and email",
                b -> b.safeguardingLeadContact, (b, v) -> b.safeguardingLeadContact = v));
        form.add(contact(OrganisationRules.DEPUTY_SAFEGUARDING_LEAD, "Deputy safeguarding lead", "The deputy's name",
                OrganisationRules.CONTACT_MAX, "{{organisation.deputy_safeguarding_lead}}",
                b -> b.deputySafeguardingLead, (b, v) -> b.deputySafeguardingLead = v));
        form.add(contact(OrganisationRules.MASH_PHONE, "MASH phone number", "The MASH phone number",
                OrganisationRules.PHONE_MAX, "{{organisation.mash_phone}}: the local Multi-Agency Safeguarding Hub",
                b -> b.mashPhone, (b, v) -> b.mashPhone = v));
        form.add(contact(OrganisationRules.OUT_OF_HOURS_PHONE, "Out-of-hours phone number", "The out-of-hours number",
                OrganisationRules.PHONE_MAX, "{{organisation.out_of_hours_phone}}: children's social care out of hours",
                b -> b.outOfHoursPhone, (b, v) -> b.outOfHoursPhone = v));
        form.add(contact(OrganisationRules.POLICE_NON_EMERGENCY, "Police non-emergency advice",
                "The police non-emergency advice", OrganisationRules.PHONE_MAX,
                "{{organisation.police_non_emergency}}, usually 101", b -> b.policeNonEmergency,
                (b, v) -> b.policeNonEmergency = v));
        return section("Local safeguarding contacts", new Paragraph("The course text shows these to learners where it"
                + " says whom to call. Left empty, the text tells learners to ask their safeguarding lead."), form);
    }

    private TextField contact(String key, String label, String what, int max, String help,
                              com.vaadin.flow.function.ValueProvider<SettingsBean, String> getter,
                              com.vaadin.flow.data.binder.Setter<SettingsBean, String> setter) {
        TextField field = text(key, label, max, help);
        binder.forField(field).withValidator(rule(v -> OrganisationRules.textProblem(what, v, max))).bind(getter, setter);
        return field;
    }

    /** Shown to administrators until the public address is set (also on People, their page after signing in). */
    static Paragraph publicAddressNotice() {
        Paragraph notice = new Paragraph(OrganisationService.PUBLIC_ADDRESS_MISSING);
        notice.addClassNames("notification", "public-address-missing");
        notice.getElement().setAttribute("role", "alert");
        return notice;
    }

    private Section certificates() {
        TextField url = text(OrganisationRules.CERTIFICATE_BASE_URL, "Public address for certificate checks",
                OrganisationRules.URL_MAX, "Where people outside the organisation reach this app, e.g."
                        + " https://training.example.org. Printed with the QR code on certificates. Leave empty to use"
                        + " the configured address (PUBLIC_BASE_URL).");
        binder.forField(url).withValidator(rule(OrganisationRules::baseUrlProblem))
                .bind(b -> b.certificateBaseUrl, (b, v) -> b.certificateBaseUrl = v);
        return section("Certificates", new FormLayout(url));
    }

    private Section reminders() {
        IntegerField due = days(OrganisationRules.DAYS_BEFORE_DUE, "Remind learners this many days before the due date",
                ReminderTimings.MIN_DAYS_BEFORE_DUE, ReminderTimings.MAX_DAYS_BEFORE_DUE);
        binder.forField(due).withValidator(rule(v -> OrganisationRules.daysProblem("the days before the due date", v,
                        ReminderTimings.MIN_DAYS_BEFORE_DUE, ReminderTimings.MAX_DAYS_BEFORE_DUE)))
                .bind(b -> b.daysBeforeDue, (b, v) -> b.daysBeforeDue = v);
        IntegerField expiry = days(OrganisationRules.DAYS_BEFORE_EXPIRY,
                "Tell learners this many days before their certificate expires", ReminderTimings.MIN_DAYS_BEFORE_EXPIRY,
                ReminderTimings.MAX_DAYS_BEFORE_EXPIRY);
        binder.forField(expiry).withValidator(rule(v -> OrganisationRules.daysProblem("the days before a certificate"
                        + " expires", v, ReminderTimings.MIN_DAYS_BEFORE_EXPIRY, ReminderTimings.MAX_DAYS_BEFORE_EXPIRY)))
                .bind(b -> b.daysBeforeExpiry, (b, v) -> b.daysBeforeExpiry = v);
        IntegerField digest = days(OrganisationRules.DIGEST_EVERY_DAYS, "Send managers a digest every this many days",
                ReminderTimings.MIN_DIGEST_EVERY_DAYS, ReminderTimings.MAX_DIGEST_EVERY_DAYS);
        binder.forField(digest).withValidator(rule(v -> OrganisationRules.daysProblem("the days between managers'"
                        + " digests", v, ReminderTimings.MIN_DIGEST_EVERY_DAYS, ReminderTimings.MAX_DIGEST_EVERY_DAYS)))
                .bind(b -> b.digestEveryDays, (b, v) -> b.digestEveryDays = v);
        return section("Reminders", new Paragraph("Reminders go out every morning; learners are also reminded once"
                + " when their training becomes overdue. Managers' digests list people overdue or expiring within the"
                + " days before expiry set here. 7 days between digests means weekly."), new FormLayout(due, expiry, digest));
    }

    private Paragraph pagesLink() {
        Paragraph pages = new Paragraph();
        pages.add(new Anchor("admin/pages", "Edit the privacy notice and the accessibility statement"));
        return pages;
    }

    private TextField text(String key, String label, int max, String help) {
        TextField field = new TextField(label);
        field.setHelperText(help);
        field.setMaxLength(max + 50);
        field.setWidthFull();
        fields.put(key, field);
        return field;
    }

    private IntegerField days(String key, String label, int min, int max) {
        IntegerField field = new IntegerField(label);
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setHelperText("From " + min + " to " + max + " days.");
        fields.put(key, field);
        return field;
    }

    private static Section section(String heading, com.vaadin.flow.component.Component... content) {
        Section section = new Section(new H2(heading));
        section.add(content);
        return section;
    }

    private static <T> Validator<T> rule(Function<T, Optional<String>> problem) {
        return (value, context) -> problem.apply(value).map(ValidationResult::error).orElse(ValidationResult.ok());
    }

    private void save() {
        status.setText("");
        SettingsBean edited = SettingsBean.of(organisation.details());
        if (!binder.writeBeanIfValid(edited)) {
            problems.setText("The settings were not saved: correct the fields marked in red.");
            binder.validate().getFieldValidationErrors().stream().findFirst()
                    .ifPresent(error -> ((com.vaadin.flow.component.Focusable<?>) error.getField()).focus());
            return;
        }
        try {
            organisation.update(edited.toDetails());
        } catch (InvalidSettingsException e) {
            e.problems().forEach((key, message) -> {
                if (fields.get(key) instanceof com.vaadin.flow.component.HasValidation field) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }
            });
            problems.setText("The settings were not saved: " + e.getMessage());
            return;
        }
        bean = edited;
        binder.readBean(bean);
        problems.setText("");
        status.setText("Settings saved.");
    }
}
