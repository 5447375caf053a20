package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.UnaryOperator;
import uk.safeguarding.training.authoring.DraftEdits;
import uk.safeguarding.training.content.CoursePart.Kind;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.PageDefinition;
import uk.safeguarding.training.course.SourceDefinition;

/**
 * One page: its title, its sources, and its Markdown beside a live preview rendered exactly as a learner will see it
 * (the same sanitiser, this organisation's details in the placeholders).
 */
final class PageEditor extends Section {

    private final EditorContext editor;
    private final int module;
    private final int page;
    private final TextArea markdown = new TextArea("Page text (Markdown)");
    private final Html preview = new Html("<div class=\"page-body\"></div>");
    private final Div problems = ProblemMarks.box();

    PageEditor(EditorContext editor, int module, int page, Runnable structureChanged) {
        this.editor = editor;
        this.module = module;
        this.page = page;
        addClassName("page-editor");
        PageDefinition current = editor.course().modules().get(module).pages().get(page);
        TextField title = new TextField("Page " + (page + 1) + " title");
        title.setValue(SettingsForm.nonNull(current.title()));
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setWidthFull();
        title.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                edit(p -> new PageDefinition(e.getValue(), p.sourceIds(), p.markdown()));
            }
        });
        MultiSelectComboBox<String> sources = new MultiSelectComboBox<>("Sources of page " + (page + 1));
        sources.setItems(editor.course().sources().stream().map(SourceDefinition::id).toList());
        sources.setValue(new LinkedHashSet<>(current.sourceIds()));
        sources.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                List<String> ordered = editor.course().sources().stream().map(SourceDefinition::id)
                        .filter(e.getValue()::contains).toList();
                edit(p -> new PageDefinition(p.title(), ordered, p.markdown()));
            }
        });
        markdown.setValue(SettingsForm.nonNull(current.markdown()));
        markdown.setValueChangeMode(ValueChangeMode.LAZY);
        markdown.setWidthFull();
        markdown.setMinHeight("16rem");
        markdown.setHelperText("## for a heading inside the page; {{organisation.mash_phone}} and the other placeholders"
                + " are filled in for each organisation.");
        markdown.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                edit(p -> new PageDefinition(p.title(), p.sourceIds(), e.getValue()));
            }
        });
        Div previewBox = new Div(new H4("Preview"), preview);
        previewBox.addClassName("page-preview");
        previewBox.getElement().setAttribute("role", "region");
        previewBox.getElement().setAttribute("aria-label", "Preview of page " + (page + 1));
        previewBox.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("padding", "0 var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("overflow-wrap", "anywhere");
        Div side = new Div(markdown, previewBox);
        side.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(20rem, 1fr))")
                .set("gap", "var(--lumo-space-m)");
        add(new H3("Page " + (page + 1)), title, sources, side, problems, actions(structureChanged));
        renderPreview();
    }

    private Div actions(Runnable structureChanged) {
        Button image = new Button("Add an image to page " + (page + 1), e -> new ImageDialog(editor, (asset, md) -> {
            editor.apply(c -> DraftEdits.putAsset(c, asset));
            String text = markdown.getValue().isBlank() ? md : markdown.getValue().stripTrailing() + "\n\n" + md;
            markdown.setValue(text);
            edit(p -> new PageDefinition(p.title(), p.sourceIds(), text));
        }).open());
        Button up = new Button("Move page " + (page + 1) + " up", e -> structure(pages -> move(pages, page, page - 1), structureChanged));
        Button down = new Button("Move page " + (page + 1) + " down", e -> structure(pages -> move(pages, page, page + 1), structureChanged));
        Button remove = new Button("Remove page " + (page + 1), e -> structure(pages -> {
            pages.remove(page);
            return pages;
        }, structureChanged));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        List.of(image, up, down, remove).forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_TERTIARY));
        up.setEnabled(page > 0);
        down.setEnabled(page < editor.course().modules().get(module).pages().size() - 1);
        return new Div(image, up, down, remove);
    }

    private static List<PageDefinition> move(List<PageDefinition> pages, int from, int to) {
        pages.add(to, pages.remove(from));
        return pages;
    }

    private void structure(UnaryOperator<List<PageDefinition>> change, Runnable structureChanged) {
        editor.apply(c -> DraftEdits.module(c, module, m -> new ModuleDefinition(m.id(), m.title(), m.objectives(),
                m.sourceIds(), change.apply(new ArrayList<>(m.pages())), m.scenarioIds())));
        structureChanged.run();
    }

    private void edit(UnaryOperator<PageDefinition> change) {
        editor.apply(c -> DraftEdits.module(c, module, m -> {
            List<PageDefinition> pages = new ArrayList<>(m.pages());
            pages.set(page, change.apply(pages.get(page)));
            return new ModuleDefinition(m.id(), m.title(), m.objectives(), m.sourceIds(), pages, m.scenarioIds());
        }));
        renderPreview();
    }

    private void renderPreview() {
        CourseDefinition course = editor.course();
        String text = course.modules().get(module).pages().get(page).markdown();
        preview.setHtmlContent("<div class=\"page-body\">" + editor.previewText().html(text, editor::assetUrl) + "</div>");
    }

    void showProblems() {
        ProblemMarks.list(problems, editor.problems().stream().filter(p -> p.part() != null
                && p.part().kind() == Kind.PAGE && p.part().index() == module && p.part().subIndex() == page).toList(),
                p -> p.lineInPart() > 0 && "markdown".equals(p.part().field()) ? "Page text, line " + p.lineInPart()
                        : "Page " + (page + 1));
        markdown.setInvalid(problems.isVisible());
        markdown.setErrorMessage(problems.isVisible() ? "See the problems below the preview." : null);
    }
}
