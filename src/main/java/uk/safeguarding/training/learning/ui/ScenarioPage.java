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
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.function.Supplier;
import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.course.SourceDefinition;
import uk.safeguarding.training.learning.ScenarioScreen;
import uk.safeguarding.training.learning.ScenarioScreen.PathStep;

/**
 * The scenario player's page, whoever plays: one situation at a time, the consequence of each choice, and at the end a
 * summary of the path taken beside a good path, with the chance to play again. After each choice focus moves to the
 * consequence, so a screen reader reads what happened and then the next situation. The learner's {@link ScenarioView}
 * (plays stored) and the trainer's {@link ScenarioPreviewView} (plays in memory) differ only in where a choice goes
 * and where the page leads.
 */
abstract class ScenarioPage extends Main implements HasDynamicTitle {

    private String title = "Scenario | Safeguarding Training";

    ScenarioPage() {
        addClassNames("page", "reading-page", "scenario-player");
    }

    /** Stores or plays the choice; a choice made on a screen the play has left comes back as the current screen. */
    abstract ScenarioScreen choose(ScenarioScreen.Choice choice);

    abstract ScenarioScreen replay();

    /** The play as it stands, when an action found it changed elsewhere. */
    abstract ScenarioScreen reopen();

    abstract Nav navigation(ScenarioScreen screen);

    /** What comes before the page's heading (the preview says what it is). */
    void beforeHeading() {
    }

    /** Title suffix after the scenario's title. */
    String titleAfter(ScenarioScreen screen) {
        return screen.courseTitle();
    }

    private void act(Supplier<ScenarioScreen> action) {
        ScenarioScreen screen;
        try {
            screen = action.get();
        } catch (IllegalStateException e) {
            // Another tab restarted the play, or it was never opened: show it as it now stands. (A choice made on a
            // screen that is no longer the play's comes back from the service as the current screen, not as this.)
            screen = reopen();
        }
        render(screen, true);
    }

    final void render(ScenarioScreen screen, boolean afterAction) {
        title = screen.title() + " | " + titleAfter(screen);
        removeAll();
        beforeHeading();
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
        add(LearnerFormat.sources("Sources for this scenario", screen.sources()), navigation(screen));
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
            Button choice = new Button(texts.get(i), e -> act(() -> choose(made)));
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
        Button again = new Button("Play this scenario again", e -> act(this::replay));
        section.add(again);
        return section;
    }

    private static OrderedList path(List<PathStep> steps) {
        OrderedList list = new OrderedList();
        steps.forEach(s -> list.add(new ListItem(s.choice() + " " + s.feedback())));
        return list;
    }

    final Button link(String label, Runnable go, boolean primary) {
        Button button = new Button(label, e -> go.run());
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    static Nav nav() {
        Nav nav = new Nav();
        nav.addClassName("player-nav");
        nav.getElement().setAttribute("aria-label", "Pages");
        return nav;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
