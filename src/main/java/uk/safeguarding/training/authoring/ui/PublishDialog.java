package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.EditionChoice;
import uk.safeguarding.training.course.ModuleDefinition;

/**
 * Asks how to publish: a minor correction (nothing changes for anyone) or a new edition, with the changed modules,
 * the reason learners see and when the update is due. Problems come back from the server's rule
 * ({@link EditionChoice#problems}) and are shown in the dialog, which stays open.
 */
class PublishDialog extends Dialog {

    static final String MINOR = "Minor correction: nothing changes for anyone";
    static final String EDITION = "New edition: everyone certified on an earlier edition must do an update";

    private final RadioButtonGroup<String> kind = new RadioButtonGroup<>("What kind of change is this?");
    private final CheckboxGroup<ModuleDefinition> modules = new CheckboxGroup<>("Modules that changed");
    private final TextArea reason = new TextArea("Reason learners will see");
    private final IntegerField dueDays = new IntegerField("Update due, in days after publication");
    private final Div problems = new Div();

    /**
     * @param firstVersion true when the course was never published: there is no earlier edition to update from
     * @param changed      the module ids that differ from the newest version, ticked to start with
     * @param publish      publishes with the choice and returns null, or returns the problem to show
     */
    PublishDialog(CourseDefinition course, boolean firstVersion, List<String> changed,
                  Function<EditionChoice, String> publish) {
        setHeaderTitle("Publish " + course.title() + "?");
        add(new Paragraph(firstVersion ? "The draft becomes the first version (edition 1) of the course."
                : "The draft becomes the next version. Learners who have started the course finish the version they"
                + " started, unless this is a new edition: then they move to it when they next start a module, keeping"
                + " the modules it did not change. Everyone who starts from now on gets this version."));
        kind.setItems(MINOR, EDITION);
        kind.setValue(MINOR);
        modules.setItems(course.modules());
        modules.setItemLabelGenerator(m -> "Module " + (course.moduleIndex(m.id()) + 1) + ": " + m.title());
        modules.setHelperText("The update consists of these modules and a short check drawn from their questions.");
        modules.setValue(new LinkedHashSet<>(course.modules().stream().filter(m -> changed.contains(m.id())).toList()));
        reason.setHelperText("For example: The law on trafficking is now taught under the Modern Slavery Act 2015.");
        reason.setMaxLength(EditionChoice.MAX_REASON);
        reason.setWidthFull();
        dueDays.setMin(1);
        dueDays.setMax(EditionChoice.MAX_DUE_DAYS);
        dueDays.setValue(EditionChoice.DEFAULT_DUE_DAYS);
        dueDays.setStepButtonsVisible(true);
        Div edition = new Div(modules, reason, dueDays);
        edition.addClassName("edition-fields");
        edition.setVisible(false);
        kind.addValueChangeListener(e -> edition.setVisible(EDITION.equals(e.getValue())));
        problems.getElement().setAttribute("role", "alert");
        problems.addClassName("form-problems");
        problems.setVisible(false);
        if (!firstVersion) {
            add(kind, edition);
        }
        add(problems);
        Button yes = new Button("Publish now", e -> {
            String problem = publish.apply(choice());
            if (problem == null) {
                close();
            } else {
                problems.setText(problem);
                problems.setVisible(true);
            }
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), yes);
    }

    private EditionChoice choice() {
        if (!EDITION.equals(kind.getValue())) {
            return EditionChoice.minorCorrection();
        }
        return EditionChoice.newEdition(modules.getValue().stream().map(ModuleDefinition::id).toList(), reason.getValue(),
                dueDays.getValue() == null ? 0 : dueDays.getValue());
    }
}
