package uk.safeguarding.training.identity.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.web.util.HtmlUtils;
import uk.safeguarding.training.identity.SingleSignOnProperties;

/**
 * The HTML of the sign-in page (docs/decisions/0034): the words, order and classes the Vaadin view had, as a page
 * without scripts. It is built once per fixed message; a request only puts its CSRF token in, twice (the form's
 * hidden field, and the meta tags scripted clients read).
 */
final class SignInPage {

    static final String BAD_CREDENTIALS = "The email or password is not correct. Check them and try again.";
    static final String LOCKED = "Too many failed attempts. For your security, sign-in is paused for 15 minutes. "
            + "Try again later or ask your administrator.";
    static final String BUSY = "Too many people are signing in at this moment. Your password was not checked: "
            + "please try again in a moment.";
    static final String SINGLE_SIGN_ON_FAILED = "Signing in with your organisation account did not complete. Try "
            + "again, or sign in with your email and password.";
    static final String ERROR_TITLE = "Could not sign you in";

    /** A link to one OpenID Connect provider: its registration id and the name people know it by. */
    record Provider(String registrationId, String name) {
    }

    /** The page cut where the token goes: {@code head + token + middle + token + tail}. */
    private record Parts(String head, String middle, String tail) {
        int length() {
            return head.length() + middle.length() + tail.length();
        }
    }

    private final List<Provider> providers;
    private final boolean demo;
    private final Map<String, Parts> fixed = new LinkedHashMap<>();

    SignInPage(List<Provider> providers, boolean demo) {
        this.providers = List.copyOf(providers);
        this.demo = demo;
        for (String message : new String[] {null, BAD_CREDENTIALS, LOCKED, BUSY, SINGLE_SIGN_ON_FAILED}) {
            fixed.put(message == null ? "" : message, parts(message));
        }
    }

    /**
     * The page with no message, or with {@code problem} in its error box.
     *
     * @param csrfParameter the form field the token goes in
     */
    String render(String problem, String csrfParameter, String token) {
        Parts parts = fixed.get(problem == null ? "" : problem);
        if (parts == null) {
            // A single sign-on refusal names the email the provider sent: rare, and never kept.
            parts = parts(problem);
        }
        String field = HtmlUtils.htmlEscape(csrfParameter);
        String value = HtmlUtils.htmlEscape(token);
        return new StringBuilder(parts.length() + 2 * (field.length() + value.length()) + 64)
                .append(parts.head).append(field).append("\">\n<meta name=\"_csrf\" content=\"").append(value)
                .append(parts.middle).append(field).append("\" value=\"").append(value)
                .append(parts.tail).toString();
    }

    /** The OpenID Connect registrations the page offers, in configuration order (scope {@code openid} only). */
    static List<Provider> providers(Iterable<?> registrations) {
        List<Provider> providers = new ArrayList<>();
        for (Object registration : registrations) {
            if (registration instanceof ClientRegistration r && r.getScopes().contains("openid")) {
                providers.add(new Provider(r.getRegistrationId(), r.getClientName()));
            }
        }
        return providers;
    }

    /** What to tell a person whose single sign-on was refused or broke off. */
    static String message(OAuth2AuthenticationException failure) {
        return SingleSignOnProperties.REFUSED_ERROR_CODE.equals(failure.getError().getErrorCode())
                && failure.getError().getDescription() != null ? failure.getError().getDescription() : SINGLE_SIGN_ON_FAILED;
    }

    private Parts parts(String problem) {
        String head = """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Sign in | Safeguarding Training</title>
                <meta name="description" content="Child sexual exploitation awareness training for staff">
                <link rel="stylesheet" href="lumo/lumo.css">
                <link rel="stylesheet" href="styles.css">
                <link rel="icon" href="data:,">
                <meta name="_csrf_parameter" content=\"""";
        StringBuilder middle = new StringBuilder(2048).append("""
                ">
                </head>
                <body>
                <main class="login-view">
                <div class="login-card">
                <h1>Safeguarding Training</h1>
                <p>Sign in with your work email to complete your mandatory child sexual exploitation awareness training.</p>
                <form class="login-form" method="post" action="login">
                <h2>Sign in</h2>
                """);
        String describedBy = "";
        if (problem != null) {
            middle.append("<div class=\"login-error\" id=\"login-error\" role=\"alert\">\n<p class=\"login-error-title\">")
                    .append(ERROR_TITLE).append("</p>\n<p>").append(HtmlUtils.htmlEscape(problem)).append("</p>\n</div>\n");
            describedBy = " aria-describedby=\"login-error\"";
        }
        middle.append("<label for=\"username\">Email</label>\n<input id=\"username\" name=\"username\" type=\"text\" ")
                .append("autocomplete=\"username\" autocapitalize=\"none\" spellcheck=\"false\" required autofocus")
                .append(describedBy).append(">\n")
                .append("<label for=\"password\">Password</label>\n<input id=\"password\" name=\"password\" type=\"password\" ")
                .append("autocomplete=\"current-password\" required").append(describedBy).append(">\n")
                .append("<input type=\"hidden\" name=\"");
        StringBuilder tail = new StringBuilder(1024).append("\">\n<button type=\"submit\">Sign in</button>\n</form>\n");
        if (!providers.isEmpty()) {
            tail.append("<div class=\"sso-buttons\">\n<p class=\"sso-or\">Or use your organisation account:</p>\n");
            for (Provider provider : providers) {
                tail.append("<a class=\"sso-button\" href=\"oauth2/authorization/")
                        .append(HtmlUtils.htmlEscape(provider.registrationId())).append("\">Sign in with ")
                        .append(HtmlUtils.htmlEscape(provider.name())).append("</a>\n");
            }
            tail.append("</div>\n");
        }
        if (demo) {
            tail.append("<p class=\"login-demo-hint\">Demo: learner@demo.test, manager@demo.test, trainer@demo.test or "
                    + "admin@demo.test, password demo-password.</p>\n");
        }
        tail.append("""
                <div class="public-links"><a href="privacy">Privacy notice</a><a href="accessibility">Accessibility statement</a></div>
                </div>
                </main>
                </body>
                </html>
                """);
        return new Parts(head, middle.toString(), tail.toString());
    }
}
