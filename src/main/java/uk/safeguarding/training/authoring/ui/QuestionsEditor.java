package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import uk.safeguarding.training.authoring.DraftEdits;
import uk.safeguarding.training.authoring.DraftEdits.Bank;
import uk.safeguarding.training.content.CoursePart;
import uk.safeguarding.training.content.CoursePart.Kind;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.QuestionDefinition;

/** The assessment bank or the knowledge checks: every question listed with its problems, one open for editing. */
final class QuestionsEditor extends Div {

    private final EditorContext editor;
    private final Bank bank;
    private final Kind kind;
    private final OrderedList list = new OrderedList();
    private final Div listProblems = ProblemMarks.box();
    private final Div detail = new Div();
    private QuestionForm form;
    private int selected = -1;

    QuestionsEditor(EditorContext editor, Bank bank) {
        this.editor = editor;
        this.bank = bank;
        this.kind = bank == Bank.QUESTIONS ? Kind.QUESTION : Kind.KNOWLEDGE_CHECK;
        Select<String> module = new Select<>();
        module.setLabel("Module");
        module.setItems(editor.course().modules().stream().map(ModuleDefinition::id).toList());
        module.setItemLabelGenerator(m -> editor.course().module(m).map(ModuleDefinition::title).orElse(m));
        if (!editor.course().modules().isEmpty()) {
            module.setValue(editor.course().modules().getFirst().id());
        }
        String noun = bank == Bank.QUESTIONS ? "question" : "knowledge check";
        Button add = new Button("Add a " + noun, e -> {
            editor.apply(c -> DraftEdits.addQuestion(c, bank, module.getValue()));
            select(DraftEdits.bank(editor.course(), bank).size() - 1);
        });
        add(new Paragraph(bank == Bank.QUESTIONS
                ? "The final assessment draws from these: at least one from every module in each attempt."
                : "Shown at the end of each module with feedback, not marked: give each module 2 to 4."),
                listProblems, list, new Div(module, add), detail);
        select(-1);
    }

    void select(int index) {
        selected = index;
        rebuildList();
        detail.removeAll();
        form = null;
        if (index >= 0 && index < DraftEdits.bank(editor.course(), bank).size()) {
            form = new QuestionForm(editor, bank, index, () -> select(index));
            detail.add(form);
        }
        showProblems();
    }

    private void rebuildList() {
        list.removeAll();
        List<QuestionDefinition> questions = DraftEdits.bank(editor.course(), bank);
        for (int i = 0; i < questions.size(); i++) {
            int index = i;
            QuestionDefinition q = questions.get(i);
            long problems = editor.problems().stream().filter(p -> p.concerns(kind, index)).count();
            String module = editor.course().module(q.moduleId()).map(ModuleDefinition::title).orElse(q.moduleId());
            Span label = new Span(SettingsForm.nonNull(q.id()) + " (" + module + "): "
                    + (q.prompt() == null || q.prompt().isBlank() ? "no question yet" : q.prompt())
                    + (problems > 0 ? " [" + problems + " problem" + (problems == 1 ? "" : "s") + "]" : "") + " ");
            String shown = i == selected ? "Editing" : "Edit";
            Button edit = new Button(shown, e -> select(index));
            // The accessible name starts with the visible word (WCAG 2.5.3 label in name).
            edit.setAriaLabel(shown + " " + (bank == Bank.QUESTIONS ? "question " : "knowledge check ") + (i + 1));
            edit.setEnabled(i != selected);
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button remove = new Button("Delete", e -> new ConfirmDelete("Delete " + q.id() + "?", () -> {
                editor.apply(c -> DraftEdits.removeQuestion(c, bank, index));
                select(-1);
            }).open());
            remove.setAriaLabel("Delete " + (bank == Bank.QUESTIONS ? "question " : "knowledge check ") + (i + 1));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            list.add(new ListItem(label, edit, remove));
        }
    }

    void showProblems() {
        String field = bank == Bank.QUESTIONS ? "questions" : "knowledgeChecks";
        ProblemMarks.list(listProblems, editor.problems().stream().filter(p -> p.part() != null
                && p.part().equals(CoursePart.of(Kind.QUESTIONS, -1).field(field))).toList(), p -> null);
        if (form != null) {
            form.showProblems();
        }
    }

    /** Problem counts in the list change as the trainer types; the open form keeps its fields and focus. */
    void refreshList() {
        rebuildList();
        showProblems();
    }
}
