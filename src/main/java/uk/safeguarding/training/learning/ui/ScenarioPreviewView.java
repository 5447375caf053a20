package uk.safeguarding.training.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.learning.ScenarioPractice;
import uk.safeguarding.training.learning.ScenarioPreviewService;
import uk.safeguarding.training.learning.ScenarioScreen;
import uk.safeguarding.training.shared.Refusal;

/**
 * A trainer playing a draft's scenario exactly as a learner would ({@link ScenarioPage}, the learner's page), with
 * the play kept in this view only: nothing is stored, so a preview never reaches an enrolment, a report or the
 * scenario statistics. Reached from the draft's preview ({@code authoring/<course>/preview}).
 */
@Route("authoring/:course([a-z0-9-]{1,100})/preview/:module([0-9]{1,3})/scenario/:scenario([0-9]{1,2})")
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
class ScenarioPreviewView extends ScenarioPage implements BeforeEnterObserver {

    private final ScenarioPreviewService preview;
    private String course;
    private int module;
    private int scenario;
    private ScenarioPractice practice;

    ScenarioPreviewView(ScenarioPreviewService preview) {
        this.preview = preview;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            course = event.getRouteParameters().get("course").orElseThrow();
            module = Integer.parseInt(event.getRouteParameters().get("module").orElseThrow());
            scenario = Integer.parseInt(event.getRouteParameters().get("scenario").orElseThrow());
            // Images of a draft are served by the draft's own preview only; here they show their alternative text.
            practice = preview.start(course, module, scenario, path -> path);
            render(practice.screen(), false);
        } catch (AccessDeniedException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class, "There is no such scenario in this draft to preview.");
        }
    }

    @Override
    void beforeHeading() {
        Paragraph notice = new Paragraph("Preview of the draft, as a learner will see it. Nothing you do here is"
                + " recorded.");
        notice.addClassName("preview-notice");
        add(new Anchor(previewOfModule(), "Back to the preview"), notice);
    }

    @Override
    String titleAfter(ScenarioScreen screen) {
        return "Preview | " + screen.courseTitle();
    }

    @Override
    ScenarioScreen choose(ScenarioScreen.Choice choice) {
        try {
            return practice.choose(choice);
        } catch (Refusal e) {
            // A draft may still have a choice that leads nowhere: the editor lists it; the play stays where it was.
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE);
            return practice.screen();
        }
    }

    @Override
    ScenarioScreen replay() {
        return practice.replay();
    }

    @Override
    ScenarioScreen reopen() {
        return practice.screen();
    }

    @Override
    Nav navigation(ScenarioScreen screen) {
        Nav nav = nav();
        if (screen.scenarioNumber() > 1) {
            nav.add(link("Previous scenario", () -> go(scenarioRoute(scenario - 1)), false));
        }
        nav.add(link("Back to the module", () -> getUI().ifPresent(ui -> ui.navigate("authoring/" + course + "/preview",
                QueryParameters.of("module", String.valueOf(module)))), screen.summary() != null
                && screen.scenarioNumber() == screen.scenarioCount()));
        if (screen.scenarioNumber() < screen.scenarioCount()) {
            nav.add(link("Next scenario", () -> go(scenarioRoute(scenario + 1)), screen.summary() != null));
        }
        return nav;
    }

    private String scenarioRoute(int number) {
        return "authoring/" + course + "/preview/" + module + "/scenario/" + number;
    }

    private String previewOfModule() {
        return "authoring/" + course + "/preview?module=" + module;
    }

    private void go(String route) {
        getUI().ifPresent(ui -> ui.navigate(route));
    }
}
