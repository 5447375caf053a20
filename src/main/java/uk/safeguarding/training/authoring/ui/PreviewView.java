package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.safeguarding.training.authoring.AuthoringService;
import uk.safeguarding.training.authoring.Draft;
import uk.safeguarding.training.authoring.PreviewAttempt;
import uk.safeguarding.training.authoring.PreviewService;
import uk.safeguarding.training.authoring.PreviewService.PreviewText;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.PageDefinition;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.course.SourceDefinition;
import uk.safeguarding.training.identity.AppRoles;

/**
 * The draft walked as a learner walks a course: pages in order, each module's knowledge check with its feedback,
 * then an assessment drawn and marked by the learners' rules. Where the trainer is lives in this view only, so a
 * preview leaves no enrolment, progress or attempt behind.
 */
@Route("authoring/:course([a-z0-9-]{1,100})/preview")
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
class PreviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthoringService authoring;
    private final PreviewService preview;
    private final DraftAssets assets = new DraftAssets(this::course);
    private String key;
    private CourseDefinition course;
    private PreviewText text;
    private String title = "Preview | Safeguarding Training";

    PreviewView(AuthoringService authoring, PreviewService preview) {
        this.authoring = authoring;
        this.preview = preview;
        addClassNames("page", "reading-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        key = event.getRouteParameters().get("course").orElseThrow();
        Draft draft = authoring.draft(key).orElse(null);
        if (draft == null) {
            event.rerouteToError(NotFoundException.class, "There is no draft of this course to preview.");
            return;
        }
        course = draft.definition();
        text = preview.text();
        // Back from a scenario's preview: the last page of its module, where its scenarios are offered.
        int module = event.getLocation().getQueryParameters().getSingleParameter("module")
                .filter(m -> m.matches("[0-9]{1,3}")).map(Integer::parseInt)
                .filter(m -> m >= 1 && m <= course.modules().size()).orElse(0);
        if (module == 0 || course.modules().get(module - 1).pages().isEmpty()) {
            page(0, 0);
        } else {
            page(module - 1, course.modules().get(module - 1).pages().size() - 1);
        }
    }

    private CourseDefinition course() {
        return course;
    }

    private void frame(String heading) {
        removeAll();
        title = "Preview: " + heading + " | " + text.plain(course.title());
        Paragraph notice = new Paragraph("Preview of the draft, as a learner will see it. Nothing you do here is"
                + " recorded.");
        notice.addClassName("player-where");
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
        H1 h1 = new H1(heading);
        h1.addClassName("page-heading");
        add(new Anchor("authoring/" + key + "/edit", "Back to the editor"), notice, new Paragraph(text.plain(course.title())), h1);
    }

    private void page(int m, int p) {
        if (course.modules().isEmpty() || course.modules().get(m).pages().isEmpty()) {
            frame("Nothing to preview yet");
            add(new Paragraph("Add a module with at least one page first."));
            return;
        }
        ModuleDefinition module = course.modules().get(m);
        PageDefinition page = module.pages().get(p);
        frame(text.plain(page.title()));
        add(new Paragraph("Module " + (m + 1) + " of " + course.modules().size() + ": " + text.plain(module.title())));
        if (p == 0 && !module.objectives().isEmpty()) {
            UnorderedList objectives = new UnorderedList();
            module.objectives().forEach(o -> objectives.add(new ListItem(text.plain(o))));
            Section section = new Section(new H2("In this module you will learn to"), objectives);
            section.addClassName("module-objectives");
            add(section);
        }
        add(new Html("<div class=\"page-body\">" + text.html(page.markdown(), assets::url) + "</div>"));
        UnorderedList sources = new UnorderedList();
        page.sourceIds().forEach(id -> sources.add(new ListItem(course.source(id).map(SourceDefinition::title)
                .map(t -> text.plain(t)).orElse(id))));
        Section cited = new Section(new H2("Sources for this page"), sources);
        cited.addClassName("page-sources");
        add(cited);
        if (p + 1 == module.pages().size() && !module.scenarioIds().isEmpty()) {
            add(scenarios(m, module));
        }
        Nav nav = nav();
        if (p > 0) {
            nav.add(button("Previous page", () -> page(m, p - 1), false));
        } else if (m > 0) {
            nav.add(button("Previous module", () -> page(m - 1, 0), false));
        }
        nav.add(new Paragraph("Page " + (p + 1) + " of " + module.pages().size()));
        boolean hasCheck = checks(module).size() > 0;
        if (p + 1 < module.pages().size()) {
            nav.add(button("Next page", () -> page(m, p + 1), true));
        } else if (hasCheck) {
            nav.add(button("Knowledge check", () -> check(m), true));
        } else {
            nav.add(m + 1 < course.modules().size() ? button("Next module", () -> page(m + 1, 0), true)
                    : button("Final assessment", this::assessment, true));
        }
        add(nav);
    }

    /** The module's scenarios, each played in the learner's own player with nothing stored. */
    private Section scenarios(int m, ModuleDefinition module) {
        UnorderedList list = new UnorderedList();
        for (int i = 0; i < module.scenarioIds().size(); i++) {
            String id = module.scenarioIds().get(i);
            String title = course.scenario(id).map(s -> text.plain(s.title())).orElse(id);
            list.add(new ListItem(new Anchor("authoring/" + key + "/preview/" + (m + 1) + "/scenario/" + (i + 1),
                    "Play the scenario: " + title)));
        }
        Section section = new Section(new H2("Scenarios in this module"), new Paragraph("Play each as a learner"
                + " would; nothing you choose is recorded."), list);
        section.addClassName("preview-scenarios");
        return section;
    }

    private List<QuestionDefinition> checks(ModuleDefinition module) {
        return course.knowledgeChecks().stream().filter(q -> module.id().equals(q.moduleId())).toList();
    }

    private void check(int m) {
        ModuleDefinition module = course.modules().get(m);
        frame("Knowledge check");
        add(new Paragraph("Module " + (m + 1) + " of " + course.modules().size() + ": " + text.plain(module.title())));
        List<QuestionDefinition> questions = checks(module);
        for (int i = 0; i < questions.size(); i++) {
            QuestionDefinition q = questions.get(i);
            PreviewQuestion field = new PreviewQuestion(text, q.type(), q.scenario(), q.prompt(),
                    q.options().stream().map(o -> o.text()).toList(), i + 1, questions.size());
            Div feedback = new Div();
            feedback.addClassName("feedback");
            feedback.getElement().setAttribute("role", "status");
            Button answer = new Button("Check my answer", e -> PreviewQuestion.showFeedback(feedback, text,
                    PreviewAttempt.checkCorrect(q, field.chosen()), PreviewAttempt.check(q, field.chosen())));
            add(new Section(field, answer, feedback));
        }
        Nav nav = nav();
        nav.add(button("Back to the module", () -> page(m, 0), false));
        nav.add(m + 1 < course.modules().size() ? button("Next module", () -> page(m + 1, 0), true)
                : button("Final assessment", this::assessment, true));
        add(nav);
    }

    private void assessment() {
        PreviewAttempt attempt = new PreviewAttempt(course, new SecureRandom());
        frame("Final assessment");
        add(new Paragraph(course.questionsPerAttempt() + " scenario questions, drawn from every module. A learner"
                + " passes with " + course.passMark() + "% or more."));
        Map<String, PreviewQuestion> fields = new HashMap<>();
        List<PreviewAttempt.Shown> shown = attempt.questions();
        for (int i = 0; i < shown.size(); i++) {
            PreviewAttempt.Shown q = shown.get(i);
            PreviewQuestion field = new PreviewQuestion(text, q.type(), q.scenario(), q.prompt(), q.options(), i + 1,
                    shown.size());
            fields.put(q.id(), field);
            add(new Section(field));
        }
        Nav nav = nav();
        nav.add(button("Submit answers", () -> {
            Map<String, Set<Integer>> chosen = new HashMap<>();
            fields.forEach((id, field) -> chosen.put(id, field.chosen()));
            result(attempt.grade(chosen));
        }, true));
        add(nav);
    }

    private void result(PreviewAttempt.Result result) {
        frame((result.passed() ? "You passed" : "Not passed this time") + ": " + result.scorePercent() + "%");
        Div summary = new Div(new Paragraph(result.correct() + " of " + result.total() + " questions right. The pass mark"
                + " is " + result.passMark() + "%."));
        summary.addClassNames("result-summary", result.passed() ? "result-passed" : "result-failed");
        summary.getElement().setAttribute("role", "status");
        add(summary);
        int number = 1;
        for (PreviewAttempt.QuestionResult q : result.questions()) {
            Section section = new Section(new H2("Question " + number++ + ": " + (q.correct() ? "right" : "wrong")),
                    new Paragraph(text.plain(q.scenario())), new Paragraph(text.plain(q.prompt())));
            section.addClassName("result-question");
            UnorderedList options = new UnorderedList();
            q.options().forEach(o -> options.add(new ListItem((o.chosen() ? "Chosen, " : "") + (o.correct()
                    ? "correct: " : "wrong: ") + text.plain(o.text()) + ". " + text.plain(o.feedback()))));
            section.add(options, new Paragraph("Module: " + text.plain(q.moduleTitle())));
            add(section);
        }
        Nav nav = nav();
        nav.add(button("Try again with new questions", this::assessment, true),
                button("Back to the first page", () -> page(0, 0), false));
        add(nav);
    }

    private static Nav nav() {
        Nav nav = new Nav();
        nav.addClassName("player-nav");
        nav.getElement().setAttribute("aria-label", "Pages");
        return nav;
    }

    private Button button(String label, Runnable action, boolean primary) {
        Button button = new Button(label, e -> {
            action.run();
            getElement().executeJs("this.scrollIntoView()");
        });
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
