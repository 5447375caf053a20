package uk.safeguarding.training.learning.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.course.SourceDefinition;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.learning.ScenarioScreen;
import uk.safeguarding.training.learning.ScenarioScreen.PathStep;
import uk.safeguarding.training.learning.ScenarioService;

/**
 * A branching scenario inside its module: one situation at a time, the consequence of each choice, and at the end a
 * summary of the path taken beside a good path, with the chance to play again. After each choice focus moves to the
 * consequence, so a screen reader reads what happened and then the next situation.
 */
@Route("learn/:enrolmentId([0-9]{1,18})/:module([0-9]{1,3})/scenario/:scenario([0-9]{1,2})")
@RolesAllowed(AppRoles.LEARNER)
class ScenarioView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ScenarioService scenarios;
    private String title = "Scenario | Safeguarding Training";
    private long enrolmentId;
    private int module;
    private int scenario;

    ScenarioView(ScenarioService scenarios) {
        this.scenarios = scenarios;
        addClassNames("page", "reading-page", "scenario-player");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            enrolmentId = Long.parseLong(event.getRouteParameters().get("enrolmentId").orElseThrow());
            module = Integer.parseInt(event.getRouteParameters().get("module").orElseThrow());
            scenario = Integer.parseInt(event.getRouteParameters().get("scenario").orElseThrow());
            render(scenarios.open(enrolmentId, module, scenario), false);
        } catch (AccessDeniedException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class, "There is no such scenario in your training.");
        }
    }

    private void act(Supplier<ScenarioScreen> action) {
        ScenarioScreen screen;
        try {
            screen = action.get();
        } catch (IllegalStateException e) {
            // Another tab restarted the play, or it was never opened: show it as it now stands. (A choice made on a
            // screen that is no longer the play's comes back from the service as the current screen, not as this.)
            screen = scenarios.open(enrolmentId, module, scenario);
        }
        render(screen, true);
    }

    private void render(ScenarioScreen screen, boolean afterAction) {
        title = screen.title() + " | " + screen.courseTitle();
        removeAll();
        Div where = new Div(new Span(screen.courseTitle()), new Span("Module " + screen.moduleNumber() + " of "
                + screen.moduleCount() + ": " + screen.moduleTitle()));
        where.addClassName("player-where");
        add(where);
        var heading = afterAction ? new com.vaadin.flow.component.html.H1(screen.title())
                : LearnerFormat.focusedHeading(screen.title());
        heading.addClassName("page-heading");
        add(heading, new Paragraph("Scenario " + screen.scenarioNumber() + " of " + screen.scenarioCount()
                + ". You decide what to do; each choice shows what happens next."
                + (screen.goodEndingRequired() ? " To complete the module, reach a good outcome." : "")));
        if (screen.last() != null) {
            Section consequence = new Section();
            consequence.addClassNames("feedback", "scenario-consequence");
            H2 what = new H2("What happened");
            what.getElement().setAttribute("tabindex", "-1");
            consequence.add(what, new Paragraph("You chose: " + screen.last().choice()),
                    new Paragraph(screen.last().feedback()));
            if (afterAction) {
                // Registered before it is attached: the button that had focus has just been removed.
                what.addAttachListener(e -> what.getElement().executeJs("this.focus({preventScroll: false})"));
            }
            add(consequence);
        }
        if (screen.situation() != null) {
            Section situation = situation(screen);
            if (afterAction && screen.last() == null) {
                // A replay starts again at the top: take focus (and the reader's view) to the first step.
                H2 step = (H2) situation.getComponentAt(0);
                step.getElement().setAttribute("tabindex", "-1");
                step.addAttachListener(e -> step.getElement().executeJs("this.focus({preventScroll: false})"));
            }
            add(situation);
        } else {
            add(summary(screen));
        }
        add(sources(screen.sources()), navigation(screen));
    }

    private Section situation(ScenarioScreen screen) {
        Section section = new Section();
        section.addClassName("scenario-situation");
        H2 step = new H2("Step " + screen.situation().step());
        section.add(step, new Html("<div class=\"page-body\">" + screen.situation().html() + "</div>"));
        Div choices = new Div();
        choices.addClassName("scenario-choices");
        choices.getElement().setAttribute("role", "group");
        choices.getElement().setAttribute("aria-label", "What do you do?");
        Paragraph ask = new Paragraph("What do you do?");
        ask.addClassName("scenario-question");
        List<String> texts = screen.situation().choices();
        for (int i = 0; i < texts.size(); i++) {
            ScenarioScreen.Choice made = screen.situation().choice(i);
            Button choice = new Button(texts.get(i), e -> act(() -> scenarios.choose(enrolmentId, module, scenario,
                    made)));
            choice.addClassName("scenario-choice");
            choice.setDisableOnClick(true);
            choices.add(choice);
        }
        section.add(ask, choices);
        return section;
    }

    private Section summary(ScenarioScreen screen) {
        ScenarioScreen.Summary summary = screen.summary();
        Section section = new Section();
        section.addClassNames("scenario-summary", summary.outcome() == EndingKind.GOOD ? "feedback-right"
                : summary.outcome() == EndingKind.HARMFUL ? "feedback-wrong" : "feedback-partial");
        section.add(new H2(summary.outcome().label()),
                new Html("<div class=\"page-body\">" + summary.html() + "</div>"),
                new Paragraph(summary.feedback()),
                new Paragraph("Your score: " + summary.scorePercent() + "%"));
        section.add(new H2("The path you took"), path(summary.taken()));
        if (summary.outcome() != EndingKind.GOOD && !summary.goodPath().isEmpty()) {
            section.add(new H2("A good path"), path(summary.goodPath()));
        } else if (summary.outcome() == EndingKind.GOOD) {
            section.add(new Paragraph("You took a good path."));
        }
        Button again = new Button("Play this scenario again", e -> act(() -> scenarios.replay(enrolmentId, module,
                scenario)));
        section.add(again);
        return section;
    }

    private static OrderedList path(List<PathStep> steps) {
        OrderedList list = new OrderedList();
        steps.forEach(s -> list.add(new ListItem(s.choice() + " " + s.feedback())));
        return list;
    }

    private static Section sources(List<SourceDefinition> sources) {
        Section section = new Section();
        section.addClassName("page-sources");
        section.add(new H2("Sources for this scenario"));
        UnorderedList list = new UnorderedList();
        for (SourceDefinition source : sources) {
            ListItem item = new ListItem();
            if (source.url() != null && !source.url().isBlank()) {
                Anchor link = new Anchor(source.url(), source.title());
                link.setTarget("_blank");
                link.getElement().setAttribute("rel", "noopener noreferrer");
                item.add(link);
            } else {
                item.add(new Span(source.title()));
            }
            item.add(new Span(", " + source.publisher()));
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Nav navigation(ScenarioScreen screen) {
        Nav nav = new Nav();
        nav.addClassName("player-nav");
        nav.getElement().setAttribute("aria-label", "Pages");
        String back = screen.scenarioNumber() > 1 ? LearnerRoutes.scenario(enrolmentId, module, scenario - 1)
                : LearnerRoutes.page(enrolmentId, module, 1);
        nav.add(link(screen.scenarioNumber() > 1 ? "Previous scenario" : "Back to the module", back, false));
        String next;
        String label;
        if (screen.scenarioNumber() < screen.scenarioCount()) {
            next = LearnerRoutes.scenario(enrolmentId, module, scenario + 1);
            label = "Next scenario";
        } else if (screen.hasCheck()) {
            next = LearnerRoutes.check(enrolmentId, module);
            label = "Knowledge check";
        } else if (module < screen.moduleCount()) {
            next = LearnerRoutes.page(enrolmentId, module + 1, 1);
            label = "Next module";
        } else {
            next = LearnerRoutes.assessment(enrolmentId);
            label = "Final assessment";
        }
        nav.add(link(label, next, screen.summary() != null));
        return nav;
    }

    private Button link(String label, String route, boolean primary) {
        Button button = new Button(label, e -> getUI().ifPresent(ui -> ui.navigate(route)));
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
