package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import uk.safeguarding.training.authoring.DraftEdits;
import uk.safeguarding.training.content.CoursePart;
import uk.safeguarding.training.content.CoursePart.Kind;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.PageDefinition;
import uk.safeguarding.training.course.SourceDefinition;

/** The modules in learning order (add, rename, reorder, delete) and the chosen module's details and pages. */
final class ModulesEditor extends Div {

    private final EditorContext editor;
    private final OrderedList outline = new OrderedList();
    private final Div listProblems = ProblemMarks.box();
    private final Section detail = new Section();
    private final List<PageEditor> pages = new ArrayList<>();
    private final Div moduleProblems = ProblemMarks.box();
    private TextField title;
    private TextField id;
    private TextArea objectives;
    private MultiSelectComboBox<String> sources;
    private int selected;

    ModulesEditor(EditorContext editor) {
        this.editor = editor;
        TextField newTitle = new TextField("Title of a new module");
        Button add = new Button("Add module", e -> {
            editor.apply(c -> DraftEdits.addModule(c, newTitle.getValue().isBlank() ? "New module" : newTitle.getValue().strip()));
            newTitle.clear();
            select(editor.course().modules().size() - 1);
        });
        add(listProblems, outline, new Div(newTitle, add), detail);
        select(0);
    }

    void select(int index) {
        selected = Math.max(0, Math.min(index, editor.course().modules().size() - 1));
        rebuildOutline();
        rebuildDetail();
        showProblems();
    }

    private void rebuildOutline() {
        outline.removeAll();
        List<ModuleDefinition> modules = editor.course().modules();
        for (int i = 0; i < modules.size(); i++) {
            int index = i;
            String name = SettingsForm.nonNull(modules.get(i).title());
            String shown = i == selected ? "Editing" : "Edit";
            Button edit = new Button(shown, e -> select(index));
            edit.setEnabled(i != selected);
            // The accessible name starts with the visible word (WCAG 2.5.3 label in name).
            edit.setAriaLabel(shown + " module " + (i + 1));
            Button up = small("Move module " + (i + 1) + " up", () -> moved(index, index - 1));
            up.setEnabled(i > 0);
            Button down = small("Move module " + (i + 1) + " down", () -> moved(index, index + 1));
            down.setEnabled(i < modules.size() - 1);
            Button remove = small("Delete module " + (i + 1), () -> new ConfirmDelete("Delete module " + (index + 1)
                    + " '" + name + "' with its pages, questions and knowledge checks?", () -> {
                editor.apply(c -> DraftEdits.removeModule(c, index));
                select(Math.min(selected, editor.course().modules().size() - 1));
            }).open());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            outline.add(new ListItem(new Span(name + " "), edit, up, down, remove));
        }
    }

    private void moved(int from, int to) {
        editor.apply(c -> DraftEdits.moveModule(c, from, to));
        select(to);
    }

    private static Button small(String label, Runnable action) {
        Button button = new Button(label, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void rebuildDetail() {
        detail.removeAll();
        pages.clear();
        if (editor.course().modules().isEmpty()) {
            return;
        }
        ModuleDefinition module = editor.course().modules().get(selected);
        int index = selected;
        title = new TextField("Module title");
        title.setValue(SettingsForm.nonNull(module.title()));
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setWidthFull();
        title.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                editor.apply(c -> DraftEdits.module(c, index, m -> new ModuleDefinition(m.id(), e.getValue(),
                        m.objectives(), m.sourceIds(), m.pages(), m.scenarioIds())));
                rebuildOutline();
            }
        });
        id = new TextField("Module id (its file name)");
        id.setValue(SettingsForm.nonNull(module.id()));
        id.setHelperText("Questions follow the module when you change it.");
        id.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                editor.apply(c -> DraftEdits.renameModuleId(c, index, e.getValue().strip()));
            }
        });
        objectives = new TextArea("Objectives, one per line");
        objectives.setValue(String.join("\n", module.objectives()));
        objectives.setValueChangeMode(ValueChangeMode.LAZY);
        objectives.setWidthFull();
        objectives.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                List<String> lines = Arrays.stream(e.getValue().split("\n")).map(String::strip)
                        .filter(l -> !l.isEmpty()).toList();
                editor.apply(c -> DraftEdits.module(c, index, m -> new ModuleDefinition(m.id(), m.title(), lines,
                        m.sourceIds(), m.pages(), m.scenarioIds())));
            }
        });
        sources = new MultiSelectComboBox<>("Module sources");
        sources.setItems(editor.course().sources().stream().map(SourceDefinition::id).toList());
        sources.setValue(new LinkedHashSet<>(module.sourceIds()));
        sources.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                List<String> ordered = editor.course().sources().stream().map(SourceDefinition::id)
                        .filter(e.getValue()::contains).toList();
                editor.apply(c -> DraftEdits.module(c, index, m -> new ModuleDefinition(m.id(), m.title(),
                        m.objectives(), ordered, m.pages(), m.scenarioIds())));
            }
        });
        detail.add(new H2("Module " + (index + 1) + ": " + SettingsForm.nonNull(module.title())), moduleProblems,
                title, id, objectives, sources);
        for (int p = 0; p < module.pages().size(); p++) {
            PageEditor page = new PageEditor(editor, index, p, () -> select(index));
            pages.add(page);
            detail.add(page);
        }
        detail.add(new Button("Add a page to module " + (index + 1), e -> {
            editor.apply(c -> DraftEdits.module(c, index, m -> {
                List<PageDefinition> more = new ArrayList<>(m.pages());
                more.add(new PageDefinition("New page", m.sourceIds(), ""));
                return new ModuleDefinition(m.id(), m.title(), m.objectives(), m.sourceIds(), more, m.scenarioIds());
            }));
            select(index);
        }));
    }

    void showProblems() {
        ProblemMarks.list(listProblems, editor.problems().stream().filter(p -> p.part() != null
                && p.part().equals(CoursePart.course("modules"))).toList(), p -> null);
        if (title == null || editor.course().modules().isEmpty()) {
            return;
        }
        ProblemMarks.mark(title, editor.problems(), ProblemMarks.field(Kind.MODULE, selected, -1, "title"));
        ProblemMarks.mark(id, editor.problems(), ProblemMarks.field(Kind.MODULE, selected, -1, "id"));
        ProblemMarks.mark(objectives, editor.problems(), part -> part.kind() == Kind.MODULE
                && part.index() == selected && "objectives".equals(part.field()));
        ProblemMarks.mark(sources, editor.problems(), ProblemMarks.field(Kind.MODULE, selected, -1, "sources"));
        ProblemMarks.list(moduleProblems, editor.problems().stream().filter(p -> p.concerns(Kind.MODULE, selected)
                && p.part().field() == null).toList(), p -> "Module");
        pages.forEach(PageEditor::showProblems);
    }
}
