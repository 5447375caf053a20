package uk.safeguarding.training.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import uk.safeguarding.training.identity.SingleSignOnProperties;

class SignInPageTest {

    private static final List<SignInPage.Provider> NONE = List.of();

    @Test
    void the_page_carries_the_visitors_token_in_the_form_and_the_meta_tags() {
        String html = new SignInPage(NONE, false).render(null, "_csrf", "token-1");
        assertThat(html).contains("<input type=\"hidden\" name=\"_csrf\" value=\"token-1\">")
                .contains("<meta name=\"_csrf_parameter\" content=\"_csrf\">")
                .contains("<meta name=\"_csrf\" content=\"token-1\">")
                .contains("<form class=\"login-form\" method=\"post\" action=\"login\">");
        assertThat(new SignInPage(NONE, false).render(null, "_csrf", "token-2")).contains("value=\"token-2\"")
                .doesNotContain("token-1");
    }

    @Test
    void the_fields_are_labelled_and_no_error_is_shown_without_a_problem() {
        String html = new SignInPage(NONE, false).render(null, "_csrf", "t");
        assertThat(html).contains("<label for=\"username\">Email</label>", "<label for=\"password\">Password</label>",
                        "autocomplete=\"username\"", "autocomplete=\"current-password\"", "<h2>Sign in</h2>",
                        "<button type=\"submit\">Sign in</button>", "<title>Sign in | Safeguarding Training</title>",
                        "<a href=\"privacy\">Privacy notice</a>", "<a href=\"accessibility\">Accessibility statement</a>")
                .doesNotContain(SignInPage.ERROR_TITLE).doesNotContain("aria-describedby").doesNotContain("Demo:")
                .doesNotContain("sso-button").doesNotContain("<script");
    }

    @Test
    void a_problem_is_shown_in_an_alert_the_fields_point_to() {
        String html = new SignInPage(NONE, false).render(SignInPage.LOCKED, "_csrf", "t");
        assertThat(html).contains("role=\"alert\"", SignInPage.ERROR_TITLE, "sign-in is paused for 15 minutes")
                .contains("id=\"username\" name=\"username\"").contains("aria-describedby=\"login-error\"");
    }

    @Test
    void a_message_from_outside_the_fixed_ones_and_the_token_are_escaped() {
        String html = new SignInPage(NONE, false).render("No account for <img src=x onerror=alert(1)>@x.test.", "_csrf",
                "\"><script>");
        assertThat(html).doesNotContain("<img").doesNotContain("<script").contains("&lt;img src=x");
    }

    @Test
    void the_demo_hint_and_one_link_per_provider_when_configured() {
        String html = new SignInPage(List.of(new SignInPage.Provider("example", "Example ID"),
                new SignInPage.Provider("other", "Other & Co")), true).render(null, "_csrf", "t");
        assertThat(html).contains("Or use your organisation account:")
                .contains("<a class=\"sso-button\" href=\"oauth2/authorization/example\">Sign in with Example ID</a>")
                .contains("Sign in with Other &amp; Co")
                .contains("password demo-password");
    }

    @Test
    void a_refused_single_sign_on_shows_its_own_message_and_anything_else_a_general_one() {
        OAuth2AuthenticationException refused = new OAuth2AuthenticationException(
                new OAuth2Error(SingleSignOnProperties.REFUSED_ERROR_CODE, "There is no active account for x@y.test.", null));
        OAuth2AuthenticationException broken = new OAuth2AuthenticationException(
                new OAuth2Error("invalid_id_token", "[invalid_id_token] The ID Token contains invalid claims", null));

        assertThat(SignInPage.message(refused)).isEqualTo("There is no active account for x@y.test.");
        assertThat(SignInPage.message(broken)).isEqualTo(SignInPage.SINGLE_SIGN_ON_FAILED);
    }
}
