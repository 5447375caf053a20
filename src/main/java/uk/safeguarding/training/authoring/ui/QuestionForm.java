package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import uk.safeguarding.training.authoring.DraftEdits;
import uk.safeguarding.training.authoring.DraftEdits.Bank;
import uk.safeguarding.training.content.CoursePart.Kind;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.OptionDefinition;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.course.QuestionType;
import uk.safeguarding.training.course.SourceDefinition;

/** One question or knowledge check: the scenario, the prompt, and options with their correct flags and feedback. */
final class QuestionForm extends Section {

    private final EditorContext editor;
    private final Bank bank;
    private final int index;
    private final Kind kind;
    private final TextField id = new TextField("Question id");
    private final Select<String> module = new Select<>();
    private final Select<String> source = new Select<>();
    private final TextArea scenario = new TextArea("Scenario");
    private final TextField prompt = new TextField("Question");
    private final Div optionProblems = ProblemMarks.box();
    private final List<TextField> optionTexts = new ArrayList<>();
    private final List<TextArea> feedbacks = new ArrayList<>();

    QuestionForm(EditorContext editor, Bank bank, int index, Runnable structureChanged) {
        this.editor = editor;
        this.bank = bank;
        this.index = index;
        this.kind = bank == Bank.QUESTIONS ? Kind.QUESTION : Kind.KNOWLEDGE_CHECK;
        QuestionDefinition q = question();
        id.setValue(SettingsForm.nonNull(q.id()));
        id.setValueChangeMode(ValueChangeMode.LAZY);
        id.addValueChangeListener(e -> change(e.isFromClient(), x -> copy(x, e.getValue(), x.moduleId(), x.sourceId(),
                x.type(), x.scenario(), x.prompt(), x.options())));
        module.setLabel("Module it tests");
        module.setItems(editor.course().modules().stream().map(ModuleDefinition::id).toList());
        module.setItemLabelGenerator(m -> editor.course().module(m).map(ModuleDefinition::title).orElse(m));
        module.setValue(q.moduleId());
        module.addValueChangeListener(e -> change(e.isFromClient(), x -> copy(x, x.id(), e.getValue(), x.sourceId(),
                x.type(), x.scenario(), x.prompt(), x.options())));
        source.setLabel("Source it tests");
        source.setItems(editor.course().sources().stream().map(SourceDefinition::id).toList());
        source.setValue(q.sourceId());
        source.addValueChangeListener(e -> change(e.isFromClient(), x -> copy(x, x.id(), x.moduleId(), e.getValue(),
                x.type(), x.scenario(), x.prompt(), x.options())));
        RadioButtonGroup<QuestionType> type = new RadioButtonGroup<>("Answers");
        type.setItems(QuestionType.SINGLE, QuestionType.MULTIPLE);
        type.setItemLabelGenerator(t -> t == QuestionType.SINGLE ? "One correct answer" : "One or more correct answers");
        type.setValue(q.type());
        type.addValueChangeListener(e -> change(e.isFromClient(), x -> copy(x, x.id(), x.moduleId(), x.sourceId(),
                e.getValue(), x.scenario(), x.prompt(), x.options())));
        text(scenario, q.scenario(), v -> x -> copy(x, x.id(), x.moduleId(), x.sourceId(), x.type(), v, x.prompt(), x.options()));
        text(prompt, q.prompt(), v -> x -> copy(x, x.id(), x.moduleId(), x.sourceId(), x.type(), x.scenario(), v, x.options()));
        add(new H3((bank == Bank.QUESTIONS ? "Question " : "Knowledge check ") + (index + 1)), id, module, source, type,
                scenario, prompt, new H4("Options"), optionProblems);
        for (int o = 0; o < q.options().size(); o++) {
            add(option(o, q.options().get(o), structureChanged));
        }
        add(new Button("Add an option", e -> {
            change(true, x -> withOptions(x, plus(x.options())));
            structureChanged.run();
        }));
    }

    private Div option(int o, OptionDefinition option, Runnable structureChanged) {
        TextField text = new TextField("Option " + (o + 1));
        text(text, option.text(), v -> x -> withOption(x, o, new OptionDefinition(v, x.options().get(o).correct(),
                x.options().get(o).feedback())));
        Checkbox correct = new Checkbox("Option " + (o + 1) + " is correct", option.correct());
        correct.addValueChangeListener(e -> change(e.isFromClient(), x -> withOption(x, o, new OptionDefinition(
                x.options().get(o).text(), e.getValue(), x.options().get(o).feedback()))));
        TextArea feedback = new TextArea("Feedback for option " + (o + 1));
        text(feedback, option.feedback(), v -> x -> withOption(x, o, new OptionDefinition(x.options().get(o).text(),
                x.options().get(o).correct(), v)));
        Button remove = new Button("Remove option " + (o + 1), e -> {
            change(true, x -> {
                List<OptionDefinition> fewer = new ArrayList<>(x.options());
                fewer.remove(o);
                return withOptions(x, fewer);
            });
            structureChanged.run();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        optionTexts.add(text);
        feedbacks.add(feedback);
        Div box = new Div(text, correct, feedback, remove);
        box.getStyle().set("border-left", "3px solid var(--lumo-contrast-20pct)").set("padding-left", "var(--lumo-space-m)")
                .set("margin", "var(--lumo-space-s) 0");
        return box;
    }

    private void text(TextField field, String value, java.util.function.Function<String, UnaryOperator<QuestionDefinition>> edit) {
        field.setValue(SettingsForm.nonNull(value));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setWidthFull();
        field.addValueChangeListener(e -> change(e.isFromClient(), edit.apply(e.getValue())));
    }

    private void text(TextArea field, String value, java.util.function.Function<String, UnaryOperator<QuestionDefinition>> edit) {
        field.setValue(SettingsForm.nonNull(value));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setWidthFull();
        field.addValueChangeListener(e -> change(e.isFromClient(), edit.apply(e.getValue())));
    }

    private QuestionDefinition question() {
        return DraftEdits.bank(editor.course(), bank).get(index);
    }

    private void change(boolean fromClient, UnaryOperator<QuestionDefinition> edit) {
        if (fromClient) {
            editor.apply(c -> DraftEdits.question(c, bank, index, edit.apply(DraftEdits.bank(c, bank).get(index))));
        }
    }

    private static QuestionDefinition copy(QuestionDefinition q, String id, String module, String source, QuestionType type,
                                           String scenario, String prompt, List<OptionDefinition> options) {
        return new QuestionDefinition(id, module, source, type, scenario, prompt, options);
    }

    private static QuestionDefinition withOptions(QuestionDefinition q, List<OptionDefinition> options) {
        return copy(q, q.id(), q.moduleId(), q.sourceId(), q.type(), q.scenario(), q.prompt(), options);
    }

    private static QuestionDefinition withOption(QuestionDefinition q, int o, OptionDefinition option) {
        List<OptionDefinition> options = new ArrayList<>(q.options());
        options.set(o, option);
        return withOptions(q, options);
    }

    private static List<OptionDefinition> plus(List<OptionDefinition> options) {
        List<OptionDefinition> more = new ArrayList<>(options);
        more.add(new OptionDefinition("", false, ""));
        return more;
    }

    void showProblems() {
        var all = editor.problems();
        ProblemMarks.mark(id, all, ProblemMarks.field(kind, index, -1, null));
        ProblemMarks.mark(module, all, ProblemMarks.field(kind, index, -1, "module"));
        ProblemMarks.mark(source, all, ProblemMarks.field(kind, index, -1, "source"));
        ProblemMarks.mark(scenario, all, ProblemMarks.field(kind, index, -1, "scenario"));
        ProblemMarks.mark(prompt, all, ProblemMarks.field(kind, index, -1, "prompt"));
        ProblemMarks.list(optionProblems, all.stream().filter(p -> p.concerns(kind, index)
                && ("options".equals(p.part().field()) && p.part().subIndex() < 0 || "type".equals(p.part().field())
                || "correct".equals(p.part().field()))).toList(), p -> null);
        for (int o = 0; o < optionTexts.size(); o++) {
            ProblemMarks.mark(optionTexts.get(o), all, ProblemMarks.field(kind, index, o, "options"));
            ProblemMarks.mark(feedbacks.get(o), all, ProblemMarks.field(kind, index, o, "feedback"));
        }
    }
}
