package uk.safeguarding.training.settings.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.settings.PublicPageKind;
import uk.safeguarding.training.settings.PublicPageService;
import uk.safeguarding.training.shared.Refusal;

/**
 * Administrators edit the privacy notice and the accessibility statement in Markdown, beside a preview rendered as the
 * public page will show it (same sanitiser, the organisation's details in the placeholders).
 */
@Route("admin/pages")
@PageTitle("Privacy and accessibility pages | Safeguarding Training")
@RolesAllowed(AppRoles.ADMIN)
class PublicPagesView extends Main {

    private final PublicPageService pages;
    private final Select<PublicPageKind> page = new Select<>();
    private final TextArea markdown = new TextArea("Page text (Markdown)");
    private final Html preview = new Html("<div class=\"page-body\"></div>");
    private final Paragraph problem = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Anchor open = new Anchor();

    PublicPagesView(PublicPageService pages) {
        this.pages = pages;
        addClassNames("page", "public-pages-editor");
        page.setLabel("Page");
        page.setItems(PublicPageKind.values());
        page.setItemLabelGenerator(PublicPageKind::title);
        page.addValueChangeListener(e -> load(e.getValue()));

        markdown.setWidthFull();
        markdown.setMinHeight("24rem");
        markdown.setMaxLength(PublicPageService.MAX_LENGTH);
        markdown.setValueChangeMode(ValueChangeMode.LAZY);
        markdown.setHelperText("## for a heading, - for a list, [text](https://...) for a link. {{organisation.name}},"
                + " {{organisation.safeguarding_lead}} and the other placeholders are filled in from the organisation"
                + " settings. Scripts and other unsafe HTML are removed.");
        markdown.addValueChangeListener(e -> preview.setHtmlContent(wrap(pages.preview(e.getValue()))));
        problem.addClassName("form-problems");
        problem.getElement().setAttribute("role", "alert");
        status.getElement().setAttribute("role", "status");

        Button save = new Button("Save page", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button restore = new Button("Start again from the default text", e -> {
            markdown.setValue(pages.defaultMarkdown(page.getValue()));
            status.setText("The default text is in the editor; save to publish it.");
        });
        restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.setTarget(AnchorTarget.BLANK);

        Div previewBox = new Div(new H2("Preview"), preview);
        previewBox.addClassName("public-page-preview");
        previewBox.getElement().setAttribute("role", "region");
        previewBox.getElement().setAttribute("aria-label", "Preview");
        Div editor = new Div(markdown, previewBox);
        editor.addClassName("public-page-editor-columns");
        Div actions = new Div(save, restore);
        actions.addClassName("public-page-actions");
        add(new H1("Privacy and accessibility pages"), new Paragraph(new Anchor("admin/organisation",
                "Back to the organisation settings")), page, editor, actions, problem, status, new Paragraph(open));
        page.setValue(PublicPageKind.PRIVACY);
    }

    private void load(PublicPageKind kind) {
        PublicPageService.PageContent content = pages.page(kind);
        markdown.setValue(content.markdown());
        preview.setHtmlContent(wrap(content.safeHtml()));
        open.setHref(kind.slug());
        open.setText("Open the public " + kind.title().toLowerCase() + " (new tab)");
        problem.setText("");
        status.setText(content.updatedAt() == null ? "Showing the default text: nobody has saved this page yet." : "");
    }

    private void save() {
        try {
            pages.save(page.getValue(), markdown.getValue());
            problem.setText("");
            status.setText(page.getValue().title() + " saved.");
        } catch (Refusal e) {
            status.setText("");
            problem.setText(e.getMessage());
        }
    }

    private static String wrap(String safeHtml) {
        return "<div class=\"page-body\">" + safeHtml + "</div>";
    }
}
