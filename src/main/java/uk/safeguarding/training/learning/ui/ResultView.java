package uk.safeguarding.training.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.learning.AssessmentService;
import uk.safeguarding.training.learning.ScenarioScreen;
import uk.safeguarding.training.learning.ScenarioService;
import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.learning.LearnerViews.AttemptResult;
import uk.safeguarding.training.quiz.AttemptOutcome;

/** The marked attempt: the score, pass or not, and for every question the answer given, the feedback and where to revisit. */
@Route("learn/:enrolmentId([0-9]{1,18})/result/:attemptId([0-9]{1,18})")
@RolesAllowed(AppRoles.LEARNER)
class ResultView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService assessment;
    private final ScenarioService scenarios;
    private String title = "Your result | Safeguarding Training";

    ResultView(AssessmentService assessment, ScenarioService scenarios) {
        this.assessment = assessment;
        this.scenarios = scenarios;
        addClassNames("page", "reading-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AttemptResult result;
        try {
            result = assessment.result(Long.parseLong(event.getRouteParameters().get("enrolmentId").orElseThrow()),
                    Long.parseLong(event.getRouteParameters().get("attemptId").orElseThrow()));
        } catch (AccessDeniedException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class, "There is no such result in your training.");
            return;
        }
        AttemptOutcome outcome = result.outcome();
        String verdict = outcome.passed() ? "You passed" : "Not passed this time";
        title = verdict + " | " + result.courseTitle();
        removeAll();
        add(new Paragraph(result.courseTitle() + ", attempt " + outcome.number()));
        add(LearnerFormat.focusedHeading(verdict + ": " + outcome.scorePercent() + "%"));
        Div summary = new Div();
        summary.addClassNames("result-summary", outcome.passed() ? "result-passed" : "result-failed");
        summary.getElement().setAttribute("role", "status");
        summary.add(new Paragraph("You answered " + outcome.correct() + " of " + outcome.total()
                + " questions correctly (" + outcome.scorePercent() + "%). The pass mark is " + outcome.passMark() + "%."));
        if (result.courseCompleted() && outcome.passed()) {
            summary.add(new Paragraph("You have completed the course."));
        } else if (!outcome.passed()) {
            summary.add(new Paragraph(result.nextAttempt().allowed()
                    ? "Read the feedback below, revisit the modules it points to, then try again with new questions."
                    : result.nextAttempt().reason()));
        }
        add(summary, actions(result));
        Section questions = new Section(new H2("Your answers"));
        if (outcome.questions().isEmpty()) {
            questions.add(new Paragraph("The individual answers of this attempt were deleted under the organisation's "
                    + "retention policy; the score remains."));
        }
        int number = 1;
        for (AttemptOutcome.QuestionResult question : outcome.questions()) {
            questions.add(question(result.enrolmentId(), question, number++));
        }
        add(questions);
        scenarios.assessmentOutcome(result.enrolmentId(), outcome.attemptId()).ifPresent(s -> add(scenario(s)));
        add(actions(result));
    }

    /** The scenario drawn into the attempt: one more question, right when it ended well. */
    private static Section scenario(ScenarioScreen.Summary summary) {
        Section section = new Section(new H2("Your scenario: " + summary.outcome().label()));
        section.addClassNames("result-question", "scenario-summary",
                summary.outcome() == EndingKind.GOOD ? "feedback-right" : "feedback-wrong");
        section.add(new Paragraph(summary.outcome() == EndingKind.GOOD ? "Correct: it counts as a right answer."
                : "It counts as a wrong answer: only a good outcome is right."));
        section.add(new com.vaadin.flow.component.Html("<div class=\"page-body\">" + summary.html() + "</div>"),
                new Paragraph(summary.feedback()));
        com.vaadin.flow.component.html.OrderedList taken = new com.vaadin.flow.component.html.OrderedList();
        summary.taken().forEach(step -> taken.add(new com.vaadin.flow.component.html.ListItem(step.choice() + " "
                + step.feedback())));
        section.add(new H3("The path you took"), taken);
        if (summary.outcome() != EndingKind.GOOD && !summary.goodPath().isEmpty()) {
            com.vaadin.flow.component.html.OrderedList good = new com.vaadin.flow.component.html.OrderedList();
            summary.goodPath().forEach(step -> good.add(new com.vaadin.flow.component.html.ListItem(step.choice())));
            section.add(new H3("A good path"), good);
        }
        return section;
    }

    private Div actions(AttemptResult result) {
        Div actions = new Div();
        actions.addClassName("player-nav");
        if (!result.outcome().passed() && result.nextAttempt().allowed()) {
            Button retry = new Button("Try again with new questions",
                    e -> getUI().ifPresent(ui -> ui.navigate(LearnerRoutes.assessment(result.enrolmentId()))));
            retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(retry);
        }
        Button home = new Button("Back to my training", e -> getUI().ifPresent(ui -> ui.navigate("my-training")));
        if (result.outcome().passed()) {
            home.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        actions.add(home);
        return actions;
    }

    private Section question(long enrolmentId, AttemptOutcome.QuestionResult question, int number) {
        Section section = new Section();
        section.addClassNames("result-question", question.correct() ? "result-right" : "result-wrong");
        section.add(new H2("Question " + number + ": " + (question.correct() ? "right" : "wrong")));
        section.add(new Paragraph(question.scenario()), new Paragraph(question.prompt()));
        UnorderedList options = new UnorderedList();
        for (AttemptOutcome.OptionResult option : question.options()) {
            String mark = option.chosen() && option.correct() ? "Your answer, correct"
                    : option.chosen() ? "Your answer, wrong"
                    : option.correct() ? "Correct answer you did not choose" : "Not chosen";
            ListItem item = new ListItem(mark + ": " + option.text() + ". " + option.feedback());
            item.addClassName(option.correct() ? "option-correct" : "option-wrong");
            options.add(item);
        }
        section.add(options);
        Button revisit = new Button("Revisit module " + question.moduleNumber() + ": " + question.moduleTitle(),
                e -> getUI().ifPresent(ui -> ui.navigate(LearnerRoutes.page(enrolmentId, question.moduleNumber(), 1))));
        revisit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        section.add(revisit);
        return section;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
