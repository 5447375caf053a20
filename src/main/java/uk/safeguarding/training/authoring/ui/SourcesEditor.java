package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import uk.safeguarding.training.authoring.DraftEdits;
import uk.safeguarding.training.content.CoursePart;
import uk.safeguarding.training.content.CoursePart.Kind;
import uk.safeguarding.training.course.SourceDefinition;

/** The published sources the course cites; modules, pages and questions refer to them by id. */
final class SourcesEditor extends Div {

    private final EditorContext editor;
    private final Div list = new Div();
    private final Div listProblems = ProblemMarks.box();
    private final List<List<? extends HasValidation>> rows = new ArrayList<>();

    SourcesEditor(EditorContext editor) {
        this.editor = editor;
        Button add = new Button("Add source", e -> {
            editor.apply(c -> DraftEdits.sources(c, append(c.sources())));
            rebuild();
        });
        add(new Paragraph("Every page and question names the sources it draws on, by id."), listProblems, list, add);
        rebuild();
    }

    private static List<SourceDefinition> append(List<SourceDefinition> sources) {
        List<SourceDefinition> more = new ArrayList<>(sources);
        more.add(new SourceDefinition("source-" + (sources.size() + 1), "", "", null));
        return more;
    }

    private void rebuild() {
        list.removeAll();
        rows.clear();
        List<SourceDefinition> sources = editor.course().sources();
        for (int i = 0; i < sources.size(); i++) {
            int index = i;
            SourceDefinition source = sources.get(i);
            Section row = new Section(new H3("Source " + (i + 1)));
            TextField id = field("Id", source.id(), index,
                    (s, v) -> new SourceDefinition(v, s.title(), s.publisher(), s.url(), s.checked()));
            TextField title = field("Title", source.title(), index,
                    (s, v) -> new SourceDefinition(s.id(), v, s.publisher(), s.url(), s.checked()));
            TextField publisher = field("Publisher", source.publisher(), index,
                    (s, v) -> new SourceDefinition(s.id(), s.title(), v, s.url(), s.checked()));
            TextField url = field("Web address (optional)", source.url(), index,
                    (s, v) -> new SourceDefinition(s.id(), s.title(), s.publisher(), v.isBlank() ? null : v, s.checked()));
            DatePicker checked = checkedPicker(source.checked(), index);
            Button remove = new Button("Remove source " + (i + 1), e -> {
                editor.apply(c -> {
                    List<SourceDefinition> fewer = new ArrayList<>(c.sources());
                    fewer.remove(index);
                    return DraftEdits.sources(c, fewer);
                });
                rebuild();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(id, title, publisher, url, checked, remove);
            rows.add(List.of(id, title, publisher, url, checked));
            list.add(row);
        }
        showProblems();
    }

    private TextField field(String label, String value, int index, BiFunction<SourceDefinition, String, SourceDefinition> edit) {
        TextField field = new TextField(label);
        field.setValue(SettingsForm.nonNull(value));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setWidthFull();
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                editor.apply(c -> {
                    List<SourceDefinition> changed = new ArrayList<>(c.sources());
                    changed.set(index, edit.apply(changed.get(index), e.getValue()));
                    return DraftEdits.sources(c, changed);
                });
            }
        });
        return field;
    }

    /** The day the source was last confirmed; shown to nobody but trainers, it tells them when to look again. */
    private DatePicker checkedPicker(LocalDate value, int index) {
        DatePicker picker = new DatePicker("Checked on (optional)");
        picker.setLocale(Locale.UK);
        picker.setValue(value);
        picker.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                editor.apply(c -> {
                    List<SourceDefinition> changed = new ArrayList<>(c.sources());
                    SourceDefinition s = changed.get(index);
                    changed.set(index, new SourceDefinition(s.id(), s.title(), s.publisher(), s.url(), e.getValue()));
                    return DraftEdits.sources(c, changed);
                });
            }
        });
        return picker;
    }

    void showProblems() {
        String[] names = {null, "title", "publisher", "url", "checked"};
        for (int i = 0; i < rows.size(); i++) {
            for (int f = 0; f < names.length; f++) {
                ProblemMarks.mark(rows.get(i).get(f), editor.problems(), ProblemMarks.field(Kind.SOURCE, i, -1, names[f]));
            }
        }
        ProblemMarks.list(listProblems, editor.problems().stream().filter(p -> p.part() != null
                && p.part().equals(CoursePart.course("sources"))).toList(), p -> null);
    }
}
