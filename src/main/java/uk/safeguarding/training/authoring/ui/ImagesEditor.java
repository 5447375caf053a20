package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import uk.safeguarding.training.authoring.DraftEdits;
import uk.safeguarding.training.content.CoursePart.Kind;
import uk.safeguarding.training.course.AssetDefinition;

/** The draft's images: which exist, their problems, and removing one no page needs any more. */
final class ImagesEditor extends Div {

    private final EditorContext editor;
    private final UnorderedList list = new UnorderedList();
    private final Div problems = ProblemMarks.box();

    ImagesEditor(EditorContext editor) {
        this.editor = editor;
        add(new Paragraph("Add an image from the page it belongs to (\"Add an image\" under the page text); it is"
                + " shown on the page as ![description](assets/name.png)."), problems, list);
        rebuild();
    }

    void rebuild() {
        list.removeAll();
        for (AssetDefinition asset : editor.course().assets()) {
            Button remove = new Button("Remove " + asset.path(), e -> {
                editor.apply(c -> DraftEdits.removeAsset(c, asset.path()));
                rebuild();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            list.add(new ListItem(new Span(asset.path() + " (" + Math.max(1, asset.size() / 1024) + " KB) "), remove));
        }
        if (editor.course().assets().isEmpty()) {
            list.add(new ListItem("No images yet."));
        }
        showProblems();
    }

    void showProblems() {
        ProblemMarks.list(problems, editor.problems().stream().filter(p -> p.part() != null
                && p.part().kind() == Kind.ASSETS).toList(), p -> p.file());
    }
}
