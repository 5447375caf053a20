package uk.safeguarding.training.identity.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.spring.security.AuthenticationContext;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.SignedInUser;

/** "/" sends each person to the home of their most senior role. */
@Route("")
@PermitAll
class HomeView extends Main implements BeforeEnterObserver {

    static final String LEARNER_HOME = "my-training";
    static final String MANAGER_HOME = "team";
    static final String TRAINER_HOME = "authoring";
    static final String ADMIN_HOME = "admin/users";

    private final AuthenticationContext authenticationContext;

    HomeView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = authenticationContext.getAuthenticatedUser(SignedInUser.class).orElse(null);
        if (user == null) {
            // The sign-in page is a plain page, not a route (decision 0034): load it as a whole page.
            event.forwardToUrl("login");
            return;
        }
        event.forwardTo(homeOf(user));
    }

    static String homeOf(SignedInUser user) {
        if (user.hasRole(Role.ADMIN)) {
            return ADMIN_HOME;
        }
        if (user.hasRole(Role.TRAINER)) {
            return TRAINER_HOME;
        }
        if (user.hasRole(Role.MANAGER)) {
            return MANAGER_HOME;
        }
        return LEARNER_HOME;
    }
}
