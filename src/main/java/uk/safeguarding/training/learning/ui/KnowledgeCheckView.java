package uk.safeguarding.training.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
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
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.learning.LearnerViews.CheckFeedback;
import uk.safeguarding.training.learning.LearnerViews.CheckQuestion;
import uk.safeguarding.training.learning.LearnerViews.KnowledgeCheck;
import uk.safeguarding.training.learning.LearnerViews.OptionFeedback;
import uk.safeguarding.training.learning.LearningService;

/** The short, ungraded check at the end of a module: each answer gets its feedback straight away. */
@Route("learn/:enrolmentId([0-9]{1,18})/:module([0-9]{1,3})/check")
@RolesAllowed(AppRoles.LEARNER)
class KnowledgeCheckView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LearningService learning;
    private String title = "Knowledge check | Safeguarding Training";
    private final List<Runnable> onAllAnswered = new ArrayList<>();

    KnowledgeCheckView(LearningService learning) {
        this.learning = learning;
        addClassNames("page", "reading-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long enrolmentId;
        int module;
        KnowledgeCheck check;
        try {
            enrolmentId = Long.parseLong(event.getRouteParameters().get("enrolmentId").orElseThrow());
            module = Integer.parseInt(event.getRouteParameters().get("module").orElseThrow());
            check = learning.knowledgeCheck(enrolmentId, module);
        } catch (AccessDeniedException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class, "There is no such knowledge check in your training.");
            return;
        }
        title = "Knowledge check: " + check.moduleTitle() + " | " + check.courseTitle();
        removeAll();
        add(new Paragraph("Module " + module + " of " + check.moduleCount() + ": " + check.moduleTitle()),
                LearnerFormat.focusedHeading("Knowledge check"),
                new Paragraph("Check what you have learned. These questions are not marked; each answer shows why it "
                        + "is right or wrong."));
        int number = 1;
        int[] remaining = {(int) check.questions().stream().filter(q -> !q.answered()).count()};
        for (CheckQuestion question : check.questions()) {
            add(question(enrolmentId, module, question, number++, check.questions().size(), remaining));
        }
        Nav next = new Nav();
        next.addClassName("player-nav");
        next.getElement().setAttribute("aria-label", "Pages");
        Button back = new Button("Back to the module", e -> getUI().ifPresent(ui -> ui.navigate(LearnerRoutes.page(enrolmentId, module, 1))));
        boolean last = module == check.moduleCount();
        Button forward = new Button(last ? "Final assessment" : "Next module", e -> getUI().ifPresent(ui ->
                ui.navigate(last ? LearnerRoutes.assessment(enrolmentId) : LearnerRoutes.page(enrolmentId, module + 1, 1))));
        forward.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        forward.setEnabled(remaining[0] == 0);
        Paragraph hint = new Paragraph("Answer every question to continue.");
        hint.setVisible(remaining[0] > 0);
        onAllAnswered.add(() -> {
            forward.setEnabled(true);
            hint.setVisible(false);
        });
        next.add(back, hint, forward);
        add(next);
    }

    private Section question(long enrolmentId, int module, CheckQuestion question, int number, int of, int[] remaining) {
        Section section = new Section();
        QuestionField field = new QuestionField(question, number, of);
        Div feedback = new Div();
        feedback.addClassName("feedback");
        feedback.getElement().setAttribute("role", "status");
        Button answer = new Button("Check my answer");
        answer.addClickListener(e -> {
            if (!field.answered()) {
                feedback.removeAll();
                feedback.add(new Paragraph("Choose an answer first."));
                return;
            }
            CheckFeedback result = learning.answerCheck(enrolmentId, module, question.id(), field.chosen());
            show(feedback, result);
            if (!question.answered() && answer.isEnabled()) {
                answer.setEnabled(false);
                field.setReadOnly(true);
                remaining[0]--;
                if (remaining[0] == 0) {
                    onAllAnswered.forEach(Runnable::run);
                }
            }
        });
        if (question.answered()) {
            Paragraph done = new Paragraph("You have answered this question.");
            done.addClassName("question-done");
            section.add(field, answer, done, feedback);
        } else {
            section.add(field, answer, feedback);
        }
        return section;
    }

    private static void show(Div feedback, CheckFeedback result) {
        feedback.removeAll();
        Paragraph verdict = new Paragraph(result.correct() ? "Correct." : "Not quite.");
        verdict.addClassName("feedback-verdict");
        feedback.removeClassNames("feedback-right", "feedback-wrong");
        feedback.addClassName(result.correct() ? "feedback-right" : "feedback-wrong");
        UnorderedList list = new UnorderedList();
        for (OptionFeedback option : result.options()) {
            if (option.chosen() || option.correct()) {
                String prefix = option.correct() ? "Correct answer" : "Your answer";
                list.add(new ListItem(prefix + ": " + option.text() + ". " + option.feedback()));
            }
        }
        feedback.add(verdict, list);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
