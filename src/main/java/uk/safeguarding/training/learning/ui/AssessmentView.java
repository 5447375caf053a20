package uk.safeguarding.training.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.learning.AssessmentService;
import uk.safeguarding.training.learning.LearnerViews.AssessmentState;
import uk.safeguarding.training.learning.LearnerViews.AttemptResult;
import uk.safeguarding.training.learning.LearnerViews.AttemptSheet;
import uk.safeguarding.training.learning.LearnerViews.ModuleSummary;
import uk.safeguarding.training.learning.LearnerViews.PastAttempt;
import uk.safeguarding.training.learning.ScenarioService;

/** The final assessment: unlocked when every module is complete; questions as form controls; graded on the server. */
@Route("learn/:enrolmentId([0-9]{1,18})/assessment")
@RolesAllowed(AppRoles.LEARNER)
class AssessmentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ZoneId zone;
    private final AssessmentService assessment;
    private final ScenarioService scenarios;
    private String title = "Final assessment | Safeguarding Training";

    AssessmentView(AssessmentService assessment, ScenarioService scenarios, Clock clock) {
        this.zone = clock.getZone();
        this.assessment = assessment;
        this.scenarios = scenarios;
        addClassNames("page", "reading-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AssessmentState state;
        try {
            state = assessment.state(Long.parseLong(event.getRouteParameters().get("enrolmentId").orElseThrow()));
        } catch (AccessDeniedException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class, "There is no such assessment in your training.");
            return;
        }
        title = "Final assessment | " + state.courseTitle();
        removeAll();
        add(new Paragraph(state.courseTitle()), LearnerFormat.focusedHeading("Final assessment"));
        if (!state.unlocked()) {
            add(new Paragraph("The assessment opens when you have completed every module and its knowledge check."));
            add(outline(state));
            return;
        }
        add(new Paragraph(state.questionsPerAttempt() + " scenario questions, drawn from every module. You pass with "
                + state.passMark() + "% or more. A question counts as right when you choose every correct answer "
                + "and no wrong one."));
        if (!state.attempts().isEmpty()) {
            add(history(state));
        }
        if (state.completed()) {
            add(new Paragraph("You have completed this course."));
            add(button("Back to my training", () -> navigate("my-training"), true));
        } else if (state.openAttemptId() != null || state.eligibility().allowed()) {
            add(button(state.openAttemptId() != null ? "Continue your attempt" : "Start the assessment",
                    () -> showSheet(assessment.startOrResume(state.enrolmentId())), true));
        } else {
            Paragraph why = new Paragraph(state.eligibility().reason());
            why.getElement().setAttribute("role", "status");
            add(why);
        }
    }

    private void showSheet(AttemptSheet sheet) {
        removeAll();
        add(new Paragraph(sheet.courseTitle()), LearnerFormat.focusedHeading("Final assessment, attempt " + sheet.number()));
        add(new Paragraph("Answer every question, then submit. Your answers are marked when you submit."));
        List<QuestionField> fields = new ArrayList<>();
        int number = 1;
        for (var question : sheet.questions()) {
            QuestionField field = new QuestionField(question, number++, sheet.questions().size());
            fields.add(field);
            add(new Section(field));
        }
        AssessmentScenario scenario = sheet.hasScenario() ? new AssessmentScenario(scenarios, sheet.enrolmentId(),
                sheet.attemptId(), scenarios.assessmentScenario(sheet.enrolmentId(), sheet.attemptId())) : null;
        if (scenario != null) {
            add(scenario);
        }
        Div problem = new Div();
        problem.addClassName("form-problems");
        problem.getElement().setAttribute("role", "alert");
        Button submit = new Button("Submit answers");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            List<Integer> unanswered = new ArrayList<>();
            Map<String, Set<Integer>> answers = new HashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                if (!fields.get(i).answered()) {
                    unanswered.add(i + 1);
                }
                answers.put(sheet.questions().get(i).id(), fields.get(i).chosen());
            }
            if (!unanswered.isEmpty()) {
                problem.removeAll();
                problem.add(new Paragraph("Answer every question before you submit. Not yet answered: question"
                        + (unanswered.size() > 1 ? "s " : " ") + joined(unanswered) + "."));
                fields.get(unanswered.getFirst() - 1).focus();
                submit.setEnabled(true);
                return;
            }
            if (scenario != null && !scenario.ended()) {
                problem.removeAll();
                problem.add(new Paragraph("Play the scenario to its end before you submit."));
                submit.setEnabled(true);
                return;
            }
            AttemptResult result = assessment.submit(sheet.enrolmentId(), sheet.attemptId(), answers);
            navigate(LearnerRoutes.result(sheet.enrolmentId(), result.outcome().attemptId()));
        });
        add(problem, submit);
    }

    private static String joined(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }

    private Section outline(AssessmentState state) {
        Section section = new Section(new H2("Your modules"));
        UnorderedList list = new UnorderedList();
        for (ModuleSummary module : state.outline()) {
            list.add(new ListItem("Module " + module.number() + ": " + module.title() + " (" + (module.complete()
                    ? "complete" : module.percent() + "% done") + ")"));
        }
        section.add(list, button("Continue the course", () -> navigate(LearnerRoutes.page(state.enrolmentId(), firstIncomplete(state), 1)), true));
        return section;
    }

    private static int firstIncomplete(AssessmentState state) {
        return state.outline().stream().filter(m -> !m.complete()).mapToInt(ModuleSummary::number).findFirst().orElse(1);
    }

    private Section history(AssessmentState state) {
        Section section = new Section(new H2("Your attempts"));
        UnorderedList list = new UnorderedList();
        for (PastAttempt attempt : state.attempts()) {
            ListItem item = new ListItem("Attempt " + attempt.number() + ", " + LearnerFormat.date(attempt.submittedAt(), zone)
                    + ": " + attempt.scorePercent() + "%, " + (attempt.passed() ? "passed" : "not passed") + " ");
            Button view = new Button("See the answers", e -> navigate(LearnerRoutes.result(state.enrolmentId(), attempt.attemptId())));
            view.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            view.setAriaLabel("See the answers: attempt " + attempt.number());
            item.add(view);
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Button button(String label, Runnable action, boolean primary) {
        Button button = new Button(label, e -> action.run());
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void navigate(String route) {
        getUI().ifPresent(ui -> ui.navigate(route));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
