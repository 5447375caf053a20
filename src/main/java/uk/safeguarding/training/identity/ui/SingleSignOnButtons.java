package uk.safeguarding.training.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import uk.safeguarding.training.identity.SingleSignOnProperties;

/**
 * "Sign in with ..." links on the login page, one per configured OpenID Connect registration; nothing at all
 * when single sign-on is not configured. Plain links: the provider's page is a full-page redirect, not a route.
 */
class SingleSignOnButtons extends Div {

    static final String FAILED = "Signing in with your organisation account did not complete. Try again, or sign in "
            + "with your email and password.";

    SingleSignOnButtons(ClientRegistrationRepository registrations) {
        addClassName("sso-buttons");
        List<ClientRegistration> providers = providers(registrations);
        if (providers.isEmpty()) {
            setVisible(false);
            return;
        }
        Paragraph or = new Paragraph("Or use your organisation account:");
        or.addClassName("sso-or");
        add(or);
        for (ClientRegistration provider : providers) {
            Anchor link = new Anchor("oauth2/authorization/" + provider.getRegistrationId(),
                    "Sign in with " + provider.getClientName());
            link.setRouterIgnore(true);
            link.addClassName("sso-button");
            add(link);
        }
    }

    static List<ClientRegistration> providers(ClientRegistrationRepository registrations) {
        List<ClientRegistration> providers = new ArrayList<>();
        if (registrations instanceof Iterable<?> all) {
            for (Object registration : all) {
                if (registration instanceof ClientRegistration r && r.getScopes().contains("openid")) {
                    providers.add(r);
                }
            }
        }
        return providers;
    }

    /** What to tell a person whose single sign-on was refused or broke off. */
    static String message(OAuth2AuthenticationException failure) {
        return SingleSignOnProperties.REFUSED_ERROR_CODE.equals(failure.getError().getErrorCode())
                && failure.getError().getDescription() != null ? failure.getError().getDescription() : FAILED;
    }
}
