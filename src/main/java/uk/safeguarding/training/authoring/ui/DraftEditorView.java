package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import uk.safeguarding.training.authoring.AuthoringService;
import uk.safeguarding.training.authoring.Draft;
import uk.safeguarding.training.authoring.DraftConflictException;
import uk.safeguarding.training.authoring.DraftEdits.Bank;
import uk.safeguarding.training.authoring.DraftProblem;
import uk.safeguarding.training.authoring.PreviewService;
import uk.safeguarding.training.authoring.PreviewService.PreviewText;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.shared.Refusal;

/**
 * Editing a course draft. Every change is saved to the server as it is made and checked by the course-file
 * validator; its messages appear beside the field they are about and in the list that gates publishing.
 */
@Route("authoring/:course([a-z0-9-]{1,100})/edit")
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
class DraftEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle, EditorContext {

    private final DateTimeFormatter when;

    private final AuthoringService authoring;
    private final PreviewService preview;
    private final Paragraph status = new Paragraph();
    private final Div conflict = new Div();
    private final Div summary = new Div();
    private final Button publish = new Button("Publish");
    private final Nav sections = new Nav();
    private final Div section = new Div();
    private final DraftAssets assets = new DraftAssets(this::course);
    private String key;
    private Draft draft;
    private CourseDefinition course;
    private PreviewText previewText;
    private boolean conflicted;
    private SettingsForm settings;
    private SourcesEditor sources;
    private ModulesEditor modules;
    private QuestionsEditor questions;
    private QuestionsEditor checks;
    private ImagesEditor images;
    private ScenariosEditor scenarios;

    DraftEditorView(AuthoringService authoring, PreviewService preview, Clock clock) {
        this.when = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm:ss").withZone(clock.getZone());
        this.authoring = authoring;
        this.preview = preview;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        key = event.getRouteParameters().get("course").orElseThrow();
        try {
            draft = authoring.open(key);
        } catch (Refusal e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
            return;
        }
        course = draft.definition();
        previewText = preview.text();
        build();
    }

    private void build() {
        removeAll();
        status.getElement().setAttribute("role", "status");
        status.addClassName("draft-status");
        conflict.getElement().setAttribute("role", "alert");
        conflict.addClassName("form-problems");
        conflict.setVisible(false);
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> confirmPublish());
        Button previewButton = new Button("Preview as a learner",
                e -> getUI().ifPresent(ui -> ui.navigate("authoring/" + key + "/preview")));
        Button discard = new Button("Discard draft", e -> new ConfirmDelete("Discard this draft? Published versions"
                + " are not affected.", this::discard).open());
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(previewButton, publish, new Anchor("authoring/" + key + "/versions", "Versions and files"),
                discard);
        actions.addClassName("player-nav");
        add(new Anchor("authoring", "All courses"), new H1("Edit course: " + course.title()), status, conflict);
        if (draft.behindNewest()) {
            add(new Paragraph("Version " + draft.newestVersion() + " was published after this draft was started"
                    + (draft.basedOnVersion() == null ? "" : " from version " + draft.basedOnVersion())
                    + ". Publishing the draft replaces it; compare the versions first if you are unsure."));
        }
        sections.removeAll();
        sections.getElement().setAttribute("aria-label", "Parts of the course");
        sections.addClassName("player-nav");
        section.removeAll();
        add(summary, actions, sections, section);
        tab("Settings", () -> settings = new SettingsForm(this));
        tab("Sources", () -> sources = new SourcesEditor(this));
        tab("Modules and pages", () -> modules = new ModulesEditor(this));
        tab("Questions", () -> questions = new QuestionsEditor(this, Bank.QUESTIONS));
        tab("Knowledge checks", () -> checks = new QuestionsEditor(this, Bank.KNOWLEDGE_CHECKS));
        tab("Scenarios", () -> scenarios = new ScenariosEditor(this));
        tab("Images", () -> images = new ImagesEditor(this));
        showSaved();
        showProblems();
    }

    /**
     * One button per part of the course; the part's editor is built when it is opened, so it shows the modules and
     * sources as they are now. (Plain buttons rather than a tab sheet: the tab sheet's shadow DOM fails the axe
     * scan's required-children rule.)
     */
    private void tab(String label, Supplier<Component> editor) {
        Button open = new Button(label);
        open.addClassName("draft-section");
        open.addClickListener(e -> {
            sections.getChildren().forEach(b -> {
                b.getElement().removeAttribute("aria-current");
                ((Button) b).removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            });
            open.getElement().setAttribute("aria-current", "true");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.removeAll();
            section.add(new H2(label), editor.get());
        });
        sections.add(open);
        if (sections.getChildren().count() == 1) {
            open.click();
        }
    }

    @Override
    public CourseDefinition course() {
        return course;
    }

    @Override
    public List<DraftProblem> problems() {
        return draft.problems();
    }

    @Override
    public PreviewText previewText() {
        return previewText;
    }

    @Override
    public String assetUrl(String path) {
        return assets.url(path);
    }

    @Override
    public void apply(UnaryOperator<CourseDefinition> edit) {
        if (conflicted) {
            return;
        }
        course = edit.apply(course);
        try {
            draft = authoring.save(key, course, draft.revision());
            showSaved();
        } catch (DraftConflictException e) {
            showConflict(e.getMessage());
        }
        showProblems();
    }

    private void showSaved() {
        status.setText("Draft saved on " + when.format(draft.savedAt()) + " by " + draft.savedBy() + ".");
    }

    private void showConflict(String message) {
        conflicted = true;
        section.getElement().setEnabled(false);
        sections.getElement().setEnabled(false);
        publish.setEnabled(false);
        conflict.removeAll();
        Button reload = new Button("Reload the draft", e -> getUI().ifPresent(ui -> ui.getPage().reload()));
        conflict.add(new Paragraph(message), reload);
        conflict.setVisible(true);
    }

    private void showProblems() {
        summary.removeAll();
        List<DraftProblem> problems = draft.problems();
        summary.add(new H2(problems.isEmpty() ? "Ready to publish" : problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + " to fix before publishing"));
        Div list = ProblemMarks.box();
        ProblemMarks.list(list, problems, ProblemPlace::of);
        summary.add(list);
        publish.setEnabled(problems.isEmpty() && !conflicted);
        if (settings != null) {
            settings.showProblems();
        }
        if (sources != null) {
            sources.showProblems();
        }
        if (modules != null) {
            modules.showProblems();
        }
        if (questions != null) {
            questions.refreshList();
        }
        if (checks != null) {
            checks.refreshList();
        }
        if (images != null) {
            images.showProblems();
        }
        if (scenarios != null) {
            scenarios.refresh();
        }
    }

    private void confirmPublish() {
        boolean firstVersion = draft.newestVersion() == null;
        List<String> changed = firstVersion ? List.of() : authoring.modulesChangedSincePublished(key);
        new PublishDialog(course, firstVersion, changed, choice -> {
            try {
                AuthoringService.Published published = authoring.publish(key, draft.revision(), choice);
                Notification.show(published.created() ? "Published as version " + published.versionNumber()
                        + (choice.newEdition() && !firstVersion ? ", edition " + published.editionNumber() : "") + "."
                        : "Nothing had changed since version " + published.versionNumber() + ", so nothing was published.");
                getUI().ifPresent(ui -> ui.navigate("authoring/" + key + "/versions"));
                return null;
            } catch (DraftConflictException ex) {
                showConflict(ex.getMessage());
                return ex.getMessage();
            } catch (Refusal ex) {
                return ex.getMessage();
            }
        }).open();
    }

    private void discard() {
        try {
            authoring.discard(key, draft.revision());
            getUI().ifPresent(ui -> ui.navigate("authoring"));
        } catch (DraftConflictException e) {
            showConflict(e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return (course == null ? "Edit course" : "Edit: " + course.title()) + " | Safeguarding Training";
    }
}
