package uk.safeguarding.training.learning.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import uk.safeguarding.training.learning.ScenarioScreen;
import uk.safeguarding.training.learning.ScenarioService;

/**
 * The scenario drawn into an assessment attempt, played inside the attempt's sheet: where each choice leads is shown,
 * whether it was right is not, until the attempt is graded (it counts as one question: right when it ends well).
 */
class AssessmentScenario extends Section {

    private final ScenarioService scenarios;
    private final long enrolmentId;
    private final long attemptId;
    private boolean ended;

    AssessmentScenario(ScenarioService scenarios, long enrolmentId, long attemptId, ScenarioScreen first) {
        this.scenarios = scenarios;
        this.enrolmentId = enrolmentId;
        this.attemptId = attemptId;
        addClassNames("question", "assessment-scenario");
        render(first, false);
    }

    boolean ended() {
        return ended;
    }

    private void render(ScenarioScreen screen, boolean afterChoice) {
        removeAll();
        ended = screen.situation() == null;
        add(new H2("Scenario: " + screen.title()), new Paragraph("This scenario counts as one question. It is "
                + "right when your choices lead to a good outcome."));
        if (screen.last() != null) {
            H3 chose = new H3("You chose: " + screen.last().choice());
            chose.getElement().setAttribute("tabindex", "-1");
            if (afterChoice) {
                chose.addAttachListener(e -> chose.getElement().executeJs("this.focus({preventScroll: false})"));
            }
            add(chose);
        }
        if (ended) {
            add(new Paragraph("You have reached the end of the scenario. How it ended is shown with your result."));
            return;
        }
        add(new Html("<div class=\"page-body\">" + screen.situation().html() + "</div>"));
        Div choices = new Div();
        choices.addClassName("scenario-choices");
        choices.getElement().setAttribute("role", "group");
        choices.getElement().setAttribute("aria-label", "What do you do?");
        List<String> texts = screen.situation().choices();
        for (int i = 0; i < texts.size(); i++) {
            ScenarioScreen.Choice made = screen.situation().choice(i);
            Button choice = new Button(texts.get(i), e -> choose(made));
            choice.addClassName("scenario-choice");
            choice.setDisableOnClick(true);
            choices.add(choice);
        }
        add(new Paragraph("What do you do?"), choices);
    }

    private void choose(ScenarioScreen.Choice made) {
        ScenarioScreen screen;
        try {
            screen = scenarios.chooseInAssessment(enrolmentId, attemptId, made);
        } catch (IllegalStateException e) {
            screen = scenarios.assessmentScenario(enrolmentId, attemptId);
        }
        render(screen, true);
    }
}
