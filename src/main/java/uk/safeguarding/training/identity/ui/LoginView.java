package uk.safeguarding.training.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

@Route(value = LoginView.ROUTE, autoLayout = false)
@PageTitle("Sign in | Safeguarding Training")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    public static final String ROUTE = "login";

    static final String BAD_CREDENTIALS = "The email or password is not correct. Check them and try again.";
    static final String LOCKED = "Too many failed attempts. For your security, sign-in is paused for 15 minutes. "
            + "Try again later or ask your administrator.";
    /** The query parameter of the page a sign-in turned away unchecked goes to (SecurityConfiguration). */
    public static final String BUSY_PARAMETER = "busy";
    static final String BUSY = "Too many people are signing in at this moment. Your password was not checked: "
            + "please try again in a moment.";

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authenticationContext;

    LoginView(AuthenticationContext authenticationContext, Environment environment,
              ObjectProvider<ClientRegistrationRepository> singleSignOn) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(BAD_CREDENTIALS));

        Div card = new Div();
        card.addClassName("login-card");
        H1 title = new H1("Safeguarding Training");
        Paragraph intro = new Paragraph("Sign in with your work email to complete your mandatory "
                + "child sexual exploitation awareness training.");
        card.add(title, intro, form);
        singleSignOn.ifAvailable(registrations -> card.add(new SingleSignOnButtons(registrations)));
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            Paragraph demo = new Paragraph("Demo: learner@demo.test, manager@demo.test, trainer@demo.test or "
                    + "admin@demo.test, password demo-password.");
            demo.addClassName("login-demo-hint");
            card.add(demo);
        }
        card.add(publicPageLinks());
        add(card);
    }

    /** The privacy notice and accessibility statement, readable before signing in. */
    private static Div publicPageLinks() {
        Div links = new Div(new Anchor("privacy", "Privacy notice"), new Anchor("accessibility", "Accessibility statement"));
        links.addClassName("public-links");
        return links;
    }

    private static LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("Could not sign you in");
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey(BUSY_PARAMETER)) {
            form.setI18n(i18n(BUSY));
            form.setError(true);
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object failure = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            form.setI18n(i18n(failure instanceof LockedException ? LOCKED
                    : failure instanceof OAuth2AuthenticationException sso ? SingleSignOnButtons.message(sso)
                    : BAD_CREDENTIALS));
            form.setError(true);
        }
    }
}
