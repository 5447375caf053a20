package uk.safeguarding.training.learning.ui;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.learning.ScenarioScreen;
import uk.safeguarding.training.learning.ScenarioService;

/** A learner's branching scenario inside its module (see {@link ScenarioPage}); every choice is stored. */
@Route("learn/:enrolmentId([0-9]{1,18})/:module([0-9]{1,3})/scenario/:scenario([0-9]{1,2})")
@RolesAllowed(AppRoles.LEARNER)
class ScenarioView extends ScenarioPage implements BeforeEnterObserver {

    private final ScenarioService scenarios;
    private long enrolmentId;
    private int module;
    private int scenario;

    ScenarioView(ScenarioService scenarios) {
        this.scenarios = scenarios;
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

    @Override
    ScenarioScreen choose(ScenarioScreen.Choice choice) {
        return scenarios.choose(enrolmentId, module, scenario, choice);
    }

    @Override
    ScenarioScreen replay() {
        return scenarios.replay(enrolmentId, module, scenario);
    }

    @Override
    ScenarioScreen reopen() {
        return scenarios.open(enrolmentId, module, scenario);
    }

    @Override
    Nav navigation(ScenarioScreen screen) {
        Nav nav = nav();
        String back = screen.scenarioNumber() > 1 ? LearnerRoutes.scenario(enrolmentId, module, scenario - 1)
                : LearnerRoutes.page(enrolmentId, module, 1);
        nav.add(link(screen.scenarioNumber() > 1 ? "Previous scenario" : "Back to the module", () -> go(back), false));
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
        nav.add(link(label, () -> go(next), screen.summary() != null));
        return nav;
    }

    private void go(String route) {
        getUI().ifPresent(ui -> ui.navigate(route));
    }
}
