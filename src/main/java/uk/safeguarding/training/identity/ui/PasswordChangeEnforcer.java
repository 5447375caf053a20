package uk.safeguarding.training.identity.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.SignedInUser;

/** Someone signed in with a one-time password goes nowhere until they have chosen their own. */
@Component
class PasswordChangeEnforcer implements VaadinServiceInitListener {

    private final AuthenticationContext authenticationContext;
    private final IdentityService identity;

    PasswordChangeEnforcer(AuthenticationContext authenticationContext, IdentityService identity) {
        this.authenticationContext = authenticationContext;
        this.identity = identity;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            if (enter.getNavigationTarget() == ChangePasswordView.class) {
                return;
            }
            authenticationContext.getAuthenticatedUser(SignedInUser.class)
                    .filter(user -> identity.mustChangePassword(user.id()))
                    .ifPresent(user -> enter.rerouteTo(ChangePasswordView.class));
        }));
    }
}
