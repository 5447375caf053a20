package uk.safeguarding.training.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.learning.DueDateRule;
import uk.safeguarding.training.shared.Refusal;

/** Managers and administrators assign a course to units (and everyone who joins them later) or to people. */
@Route("team/assign")
@PageTitle("Assign training | Safeguarding Training")
@Menu(order = 2.2, title = "Assign training", icon = "vaadin:calendar-clock")
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
class AssignView extends Main {

    private static final String FIXED = "On a date";
    private static final String AFTER_JOINING = "A number of days after each person joined";

    AssignView(AssignmentService assignments, CourseCatalog catalog) {
        addClassNames("page", "narrow-page");
        ComboBox<PublishedCourse> course = new ComboBox<>("Course");
        course.setItems(catalog.all());
        course.setItemLabelGenerator(PublishedCourse::title);
        course.setRequiredIndicatorVisible(true);
        course.setWidthFull();
        MultiSelectComboBox<OrganisationUnit> units = new MultiSelectComboBox<>("Units");
        units.setItems(assignments.assignableUnits());
        units.setItemLabelGenerator(OrganisationUnit::getName);
        units.setHelperText("Everyone in these units and the units below them, including people who join later");
        units.setWidthFull();
        MultiSelectComboBox<UserAccount> people = new MultiSelectComboBox<>("People");
        people.setItems(assignments.assignablePeople());
        people.setItemLabelGenerator(p -> p.getDisplayName() + " (" + p.getEmail() + ")");
        people.setWidthFull();
        RadioButtonGroup<String> rule = new RadioButtonGroup<>("Due");
        rule.setItems(FIXED, AFTER_JOINING);
        rule.setValue(FIXED);
        DatePicker date = new DatePicker("Due date");
        IntegerField days = new IntegerField("Days after joining");
        days.setMin(0);
        days.setMax(3650);
        days.setValue(30);
        days.setVisible(false);
        rule.addValueChangeListener(e -> {
            date.setVisible(FIXED.equals(e.getValue()));
            days.setVisible(AFTER_JOINING.equals(e.getValue()));
        });
        Div outcome = new Div();
        outcome.getElement().setAttribute("role", "status");
        outcome.addClassName("form-outcome");
        Button assign = new Button("Assign", e -> {
            outcome.removeAll();
            if (course.getValue() == null || (units.getValue().isEmpty() && people.getValue().isEmpty())) {
                outcome.add(new Paragraph("Choose a course and at least one unit or person."));
                return;
            }
            try {
                DueDateRule due = FIXED.equals(rule.getValue()) ? DueDateRule.on(date.getValue())
                        : DueDateRule.daysAfterJoining(days.getValue() == null ? -1 : days.getValue());
                long courseId = course.getValue().courseId();
                Set<Long> unitIds = units.getValue().stream().map(OrganisationUnit::getId).collect(Collectors.toSet());
                Set<Long> userIds = people.getValue().stream().map(UserAccount::getId).collect(Collectors.toSet());
                int created = assignments.assignToUnits(unitIds, courseId, due) + assignments.assignToPeople(userIds, courseId, due);
                outcome.add(new Paragraph("Assigned " + course.getValue().title() + " to " + created + " "
                        + (created == 1 ? "person" : "people") + " (" + due.describe() + "). People who already had it "
                        + "open keep their current due date."));
            } catch (Refusal problem) {
                outcome.add(new Paragraph(problem.getMessage()));
            }
        });
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Assign training"), course, units, people, rule, date, days, assign, outcome);
    }
}
