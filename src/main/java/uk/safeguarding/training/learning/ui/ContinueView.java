package uk.safeguarding.training.learning.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.learning.LearningService;

/** {@code learn/{id}} goes to exactly where the learner left off. */
@Route("learn/:enrolmentId([0-9]{1,18})")
@RolesAllowed(AppRoles.LEARNER)
class ContinueView extends Main implements BeforeEnterObserver {

    private final LearningService learning;

    ContinueView(LearningService learning) {
        this.learning = learning;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("enrolmentId").orElseThrow());
            event.forwardTo(LearnerRoutes.of(learning.position(id)));
        } catch (AccessDeniedException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class, "There is no such course in your training.");
        }
    }
}
