package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import uk.safeguarding.training.authoring.DraftEdits;
import uk.safeguarding.training.authoring.DraftProblem;
import uk.safeguarding.training.authoring.ScenarioGraphSvg;
import uk.safeguarding.training.authoring.WholeScenarioEdits;
import uk.safeguarding.training.content.CoursePart.Kind;
import uk.safeguarding.training.course.ScenarioDefinition;
import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioChoice;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioEnding;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioNode;
import uk.safeguarding.training.course.SourceDefinition;

/**
 * One scenario: its title, nodes with their choices, endings, the validator's problems about it and its graph drawn
 * on the server by {@link ScenarioGraphSvg}. Text edits save as the trainer types (the form keeps focus); adding or
 * removing a node, choice or ending rebuilds the form so the "leads to" lists name the ids as they now are.
 */
final class ScenarioForm extends Section {

    private final EditorContext editor;
    private final int index;
    private final TextField title = new TextField("Scenario title");
    private final CheckboxGroup<String> sources = new CheckboxGroup<>();
    private final Div problems = ProblemMarks.box();
    private final Div graph = new Div();
    private final List<TextArea> nodeTexts = new ArrayList<>();
    private final List<Div> nodeProblems = new ArrayList<>();
    private final List<List<Marked>> endingFields = new ArrayList<>();
    private final List<Div> endingProblems = new ArrayList<>();

    private record Marked(com.vaadin.flow.component.HasValidation field, String name) {
    }

    ScenarioForm(EditorContext editor, int index, Runnable structureChanged) {
        this.editor = editor;
        this.index = index;
        ScenarioDefinition s = scenario();
        title.setValue(SettingsForm.nonNull(s.title()));
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setWidthFull();
        title.addValueChangeListener(e -> change(e.isFromClient(), x -> DraftEdits.scenarioTitle(x, e.getValue())));
        graph.addClassName("scenario-graph-box");
        graph.getElement().setAttribute("aria-label", "Graph of the scenario");
        graph.getStyle().set("overflow-x", "auto");
        problems.addClassName("scenario-problems");
        sources.setLabel("Sources this scenario is written from");
        sources.addClassName("scenario-sources");
        sources.setItems(editor.course().sources().stream().map(SourceDefinition::id).toList());
        sources.setItemLabelGenerator(id -> editor.course().source(id).map(x -> SettingsForm.nonNull(x.title()))
                .orElse(id));
        sources.setValue(new java.util.LinkedHashSet<>(s.sourceIds().stream()
                .filter(id -> editor.course().source(id).isPresent()).toList()));
        sources.addValueChangeListener(e -> change(e.isFromClient(), x -> WholeScenarioEdits.sources(x,
                citedInCourseOrder(e.getValue()))));
        add(new H3("Scenario " + (index + 1) + ": " + s.id()), title, sources, new H4("Problems in this scenario"),
                problems,
                new H4("Graph"), graph, new H4("Nodes"));
        List<String> targets = Stream.concat(s.nodes().stream().map(ScenarioNode::id),
                s.endings().stream().map(ScenarioEnding::id)).filter(Objects::nonNull).distinct().toList();
        for (int n = 0; n < s.nodes().size(); n++) {
            add(node(n, s.nodes().get(n), targets, structureChanged));
        }
        Button addNode = new Button("Add a node", e -> structure(x -> DraftEdits.addScenarioNode(x), structureChanged));
        addNode.setEnabled(s.nodes().size() < ScenarioDefinition.MAX_NODES);
        add(addNode, new H4("Endings"));
        for (int e = 0; e < s.endings().size(); e++) {
            add(ending(e, s.endings().get(e), structureChanged));
        }
        Button addEnding = new Button("Add an ending", e -> structure(x -> DraftEdits.addScenarioEnding(x),
                structureChanged));
        addEnding.setEnabled(s.endings().size() < ScenarioDefinition.MAX_ENDINGS);
        add(addEnding);
        showProblems();
    }

    private Div node(int n, ScenarioNode node, List<String> targets, Runnable structureChanged) {
        String name = "Node " + (n + 1);
        TextArea text = new TextArea(name + " text");
        text(text, node.text(), v -> x -> DraftEdits.scenarioNode(x, n, o -> new ScenarioNode(o.id(), v, o.choices())));
        Div box = new Div(new H5(name + ": " + SettingsForm.nonNull(node.id()) + (n == 0 ? " (where every play starts)"
                : "")), text);
        Div nodeBox = ProblemMarks.box();
        nodeTexts.add(text);
        nodeProblems.add(nodeBox);
        box.add(nodeBox);
        for (int c = 0; c < node.choices().size(); c++) {
            box.add(choice(n, c, node.choices().get(c), targets, structureChanged));
        }
        Button addChoice = new Button("Add a choice to node " + (n + 1),
                e -> structure(x -> DraftEdits.addScenarioChoice(x, n), structureChanged));
        addChoice.setEnabled(node.choices().size() < ScenarioDefinition.MAX_CHOICES);
        Button remove = new Button("Remove node " + (n + 1), e -> new ConfirmDelete("Remove node "
                + node.id() + "? Choices that lead to it will lead nowhere until you change them.",
                () -> structure(x -> DraftEdits.removeScenarioNode(x, n), structureChanged)).open());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setEnabled(scenario().nodes().size() > 1);
        box.add(new Div(addChoice, remove));
        frame(box, "3px solid var(--lumo-contrast-30pct)");
        return box;
    }

    private Div choice(int n, int c, ScenarioChoice choice, List<String> targets, Runnable structureChanged) {
        String name = "Node " + (n + 1) + ", choice " + (c + 1);
        TextField label = new TextField(name);
        text(label, choice.text(), v -> x -> DraftEdits.scenarioChoice(x, n, c,
                o -> new ScenarioChoice(v, o.next(), o.score(), o.feedback())));
        Select<String> next = new Select<>();
        next.setLabel(name + " leads to");
        List<String> items = new ArrayList<>(targets);
        // A target that no longer exists stays selectable so the form shows what the file says.
        if (choice.next() != null && !items.contains(choice.next())) {
            items.add(choice.next());
        }
        next.setItems(items);
        next.setItemLabelGenerator(id -> id.isEmpty() ? "(nothing)" : targets.contains(id) ? id : id + " (missing)");
        next.setValue(choice.next());
        next.addValueChangeListener(e -> change(e.isFromClient(), x -> DraftEdits.scenarioChoice(x, n, c,
                o -> new ScenarioChoice(o.text(), e.getValue(), o.score(), o.feedback()))));
        IntegerField score = new IntegerField(name + " score (0 to 10)");
        score.setValue(choice.score());
        score.setValueChangeMode(ValueChangeMode.LAZY);
        score.addValueChangeListener(e -> change(e.isFromClient(), x -> DraftEdits.scenarioChoice(x, n, c,
                o -> new ScenarioChoice(o.text(), o.next(), e.getValue(), o.feedback()))));
        TextArea feedback = new TextArea(name + " feedback");
        text(feedback, choice.feedback(), v -> x -> DraftEdits.scenarioChoice(x, n, c,
                o -> new ScenarioChoice(o.text(), o.next(), o.score(), v)));
        Button remove = new Button("Remove choice " + (c + 1) + " of node " + (n + 1),
                e -> structure(x -> DraftEdits.removeScenarioChoice(x, n, c), structureChanged));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setEnabled(scenario().nodes().get(n).choices().size() > ScenarioDefinition.MIN_CHOICES);
        Div box = new Div(label, next, score, feedback, remove);
        frame(box, "3px solid var(--lumo-contrast-10pct)");
        return box;
    }

    private Div ending(int e, ScenarioEnding ending, Runnable structureChanged) {
        String name = "Ending " + (e + 1);
        TextArea text = new TextArea(name + " text");
        text(text, ending.text(), v -> x -> DraftEdits.scenarioEnding(x, e,
                o -> new ScenarioEnding(o.id(), o.kind(), v, o.score(), o.feedback())));
        Select<EndingKind> outcome = new Select<>();
        outcome.setLabel(name + " outcome");
        outcome.setItems(EndingKind.values());
        outcome.setItemLabelGenerator(EndingKind::label);
        outcome.setValue(ending.kind());
        outcome.addValueChangeListener(ev -> change(ev.isFromClient(), x -> DraftEdits.scenarioEnding(x, e,
                o -> new ScenarioEnding(o.id(), ev.getValue(), o.text(), o.score(), o.feedback()))));
        IntegerField score = new IntegerField(name + " score (0 to 10)");
        score.setValue(ending.score());
        score.setValueChangeMode(ValueChangeMode.LAZY);
        score.addValueChangeListener(ev -> change(ev.isFromClient(), x -> DraftEdits.scenarioEnding(x, e,
                o -> new ScenarioEnding(o.id(), o.kind(), o.text(), ev.getValue(), o.feedback()))));
        TextArea feedback = new TextArea(name + " feedback");
        text(feedback, ending.feedback(), v -> x -> DraftEdits.scenarioEnding(x, e,
                o -> new ScenarioEnding(o.id(), o.kind(), o.text(), o.score(), v)));
        Button remove = new Button("Remove ending " + (e + 1), ev -> new ConfirmDelete("Remove ending " + ending.id()
                + "? Choices that lead to it will lead nowhere until you change them.",
                () -> structure(x -> DraftEdits.removeScenarioEnding(x, e), structureChanged)).open());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Div endingBox = ProblemMarks.box();
        endingFields.add(List.of(new Marked(text, "text"), new Marked(outcome, "outcome"),
                new Marked(score, "score"), new Marked(feedback, "feedback")));
        endingProblems.add(endingBox);
        Div box = new Div(new H5(name + ": " + SettingsForm.nonNull(ending.id())), endingBox, text, outcome, score,
                feedback, remove);
        frame(box, "3px solid var(--lumo-contrast-30pct)");
        return box;
    }

    private static void frame(Div box, String border) {
        box.getStyle().set("border-left", border).set("padding-left", "var(--lumo-space-m)")
                .set("margin", "var(--lumo-space-s) 0");
    }

    private void text(TextField field, String value,
                      java.util.function.Function<String, UnaryOperator<ScenarioDefinition>> edit) {
        field.setValue(SettingsForm.nonNull(value));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setWidthFull();
        field.addValueChangeListener(e -> change(e.isFromClient(), edit.apply(e.getValue())));
    }

    private void text(TextArea field, String value,
                      java.util.function.Function<String, UnaryOperator<ScenarioDefinition>> edit) {
        field.setValue(SettingsForm.nonNull(value));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setWidthFull();
        field.addValueChangeListener(e -> change(e.isFromClient(), edit.apply(e.getValue())));
    }

    /** The ticked sources as the course lists them, so the file's order does not depend on the order of ticking. */
    private List<String> citedInCourseOrder(java.util.Set<String> ticked) {
        return editor.course().sources().stream().map(SourceDefinition::id).filter(ticked::contains).toList();
    }

    private ScenarioDefinition scenario() {
        return editor.course().scenarios().get(index);
    }

    private void change(boolean fromClient, UnaryOperator<ScenarioDefinition> edit) {
        if (fromClient) {
            editor.apply(c -> DraftEdits.scenario(c, index, edit));
        }
    }

    private void structure(UnaryOperator<ScenarioDefinition> edit, Runnable structureChanged) {
        change(true, edit);
        structureChanged.run();
    }

    static boolean concerns(DraftProblem p, int scenario) {
        return p.part() != null && ScenariosEditor.isScenarioKind(p.part().kind()) && p.part().index() == scenario;
    }

    /** The validator's problems beside the fields, in one list for the scenario, and the graph as it now is. */
    void showProblems() {
        List<DraftProblem> all = editor.problems();
        ProblemMarks.mark(title, all, ProblemMarks.field(Kind.SCENARIO, index, -1, "title"));
        ProblemMarks.mark(sources, all, ProblemMarks.field(Kind.SCENARIO, index, -1, "sources"));
        ProblemMarks.list(problems, all.stream().filter(p -> concerns(p, index)).toList(), ProblemPlace::of);
        for (int n = 0; n < nodeTexts.size(); n++) {
            int node = n;
            ProblemMarks.mark(nodeTexts.get(n), all, ProblemMarks.field(Kind.SCENARIO_NODE, index, n, "text"));
            // Choice problems name their choice in the message; the file does not place them more finely than the node.
            ProblemMarks.list(nodeProblems.get(n), all.stream().filter(p -> p.part() != null
                    && p.part().kind() == Kind.SCENARIO_NODE && p.part().index() == index
                    && p.part().subIndex() == node && !"text".equals(p.part().field())).toList(), p -> null);
        }
        for (int e = 0; e < endingFields.size(); e++) {
            int ending = e;
            for (Marked c : endingFields.get(e)) {
                ProblemMarks.mark(c.field(), all, ProblemMarks.field(Kind.SCENARIO_ENDING, index, e, c.name()));
            }
            ProblemMarks.list(endingProblems.get(e), all.stream().filter(p -> p.part() != null
                    && p.part().kind() == Kind.SCENARIO_ENDING && p.part().index() == index
                    && p.part().subIndex() == ending && p.part().field() == null).toList(), p -> null);
        }
        graph.removeAll();
        if (index < editor.course().scenarios().size()) {
            graph.add(new Html(ScenarioGraphSvg.draw(scenario())));
        }
    }
}
