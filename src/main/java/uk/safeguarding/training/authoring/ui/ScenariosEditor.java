package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import uk.safeguarding.training.authoring.WholeScenarioEdits;
import uk.safeguarding.training.content.CoursePart.Kind;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.ScenarioDefinition;
import uk.safeguarding.training.course.ScenarioSettings;

/**
 * The draft's branching scenarios: the course's scenario settings, each scenario listed with its problem count (to
 * edit or delete), a new one added to a module, and the one being edited open in a {@link ScenarioForm}.
 */
final class ScenariosEditor extends Div {

    private final EditorContext editor;
    private final OrderedList list = new OrderedList();
    private final Div detail = new Div();
    private ScenarioForm form;
    private int selected = -1;

    ScenariosEditor(EditorContext editor) {
        this.editor = editor;
        add(new Paragraph("Each scenario is a set of situations (nodes) whose choices lead to another node or to an"
                + " ending. A new scenario starts as one situation with a good and a harmful ending; the graph below"
                + " its form follows your edits and the validator's problems show beside it."), settings(),
                new H3("Scenarios"), list, adding(), detail);
        select(-1);
    }

    /** The course's rules for its scenarios (course.yaml {@code scenarios:}). */
    private Div settings() {
        ScenarioSettings now = editor.course().scenarioSettings();
        Checkbox goodEnding = new Checkbox("A module is complete only when each of its scenarios has been played to"
                + " a good ending", now.goodEndingRequired());
        Checkbox inAssessment = new Checkbox("Each final assessment includes one scenario drawn at random, counted"
                + " as one question (right when it ends well)", now.inAssessment());
        goodEnding.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                editor.apply(c -> WholeScenarioEdits.settings(c, new ScenarioSettings(e.getValue(),
                        c.scenarioSettings().inAssessment())));
            }
        });
        inAssessment.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                editor.apply(c -> WholeScenarioEdits.settings(c, new ScenarioSettings(
                        c.scenarioSettings().goodEndingRequired(), e.getValue())));
            }
        });
        Div box = new Div(new H3("Scenario settings"), goodEnding, inAssessment);
        box.addClassName("scenario-settings");
        return box;
    }

    /** A new scenario in a chosen module, from a skeleton that is valid as it stands. */
    private Div adding() {
        Select<Integer> module = new Select<>();
        module.setLabel("Module of the new scenario");
        List<ModuleDefinition> modules = editor.course().modules();
        module.setItems(java.util.stream.IntStream.range(0, modules.size()).boxed().toList());
        module.setItemLabelGenerator(i -> "Module " + (i + 1) + ": " + SettingsForm.nonNull(modules.get(i).title()));
        if (!modules.isEmpty()) {
            module.setValue(modules.size() - 1);
        }
        TextField title = new TextField("Title of the new scenario");
        Button add = new Button("Add a scenario", e -> {
            if (module.getValue() == null) {
                module.setInvalid(true);
                module.setErrorMessage("Choose the module the scenario belongs to");
                return;
            }
            int before = editor.course().scenarios().size();
            editor.apply(c -> WholeScenarioEdits.addScenario(c, module.getValue(), title.getValue()));
            title.clear();
            if (editor.course().scenarios().size() > before) {
                String added = editor.course().modules().get(module.getValue()).scenarioIds().getLast();
                select(indexOf(added));
            }
        });
        add.setEnabled(!modules.isEmpty());
        Div box = new Div(module, title, add);
        box.addClassName("scenario-add");
        return box;
    }

    private int indexOf(String scenarioId) {
        List<ScenarioDefinition> scenarios = editor.course().scenarios();
        for (int i = 0; i < scenarios.size(); i++) {
            if (scenarios.get(i).id().equals(scenarioId)) {
                return i;
            }
        }
        return -1;
    }

    void select(int index) {
        selected = index;
        rebuildList();
        detail.removeAll();
        form = null;
        if (index >= 0 && index < editor.course().scenarios().size()) {
            form = new ScenarioForm(editor, index, () -> select(index));
            detail.add(form);
        }
    }

    private void rebuildList() {
        list.removeAll();
        List<ScenarioDefinition> scenarios = editor.course().scenarios();
        for (int i = 0; i < scenarios.size(); i++) {
            int index = i;
            long problems = editor.problems().stream().filter(p -> ScenarioForm.concerns(p, index)).count();
            Span label = new Span(SettingsForm.nonNull(scenarios.get(i).title()) + " (" + scenarios.get(i).id() + ")"
                    + (problems > 0 ? " [" + problems + " problem" + (problems == 1 ? "" : "s") + "]" : "") + " ");
            String shown = i == selected ? "Editing" : "Edit";
            Button edit = new Button(shown, e -> select(index));
            // The accessible name starts with the visible word (WCAG 2.5.3 label in name).
            edit.setAriaLabel(shown + " scenario " + (i + 1));
            edit.setEnabled(i != selected);
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            String id = scenarios.get(i).id();
            Button delete = new Button("Delete", e -> new ConfirmDelete("Delete scenario " + (index + 1) + " ("
                    + id + ")? Its module no longer lists it, and its plays stay in the published versions only.",
                    () -> {
                        int at = indexOf(id);
                        if (at >= 0) {
                            editor.apply(c -> WholeScenarioEdits.removeScenario(c, at));
                        }
                        select(-1);
                    }).open());
            delete.setAriaLabel("Delete scenario " + (i + 1));
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            list.add(new ListItem(label, edit, delete));
        }
    }

    /** Problem counts change as the trainer types; the open form keeps its fields and focus. */
    void refresh() {
        rebuildList();
        if (form != null) {
            form.showProblems();
        }
    }

    static boolean isScenarioKind(Kind kind) {
        return kind == Kind.SCENARIO || kind == Kind.SCENARIO_NODE || kind == Kind.SCENARIO_ENDING;
    }
}
