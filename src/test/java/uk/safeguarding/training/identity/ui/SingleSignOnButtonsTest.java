package uk.safeguarding.training.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import uk.safeguarding.training.identity.SingleSignOnProperties;

class SingleSignOnButtonsTest {

    @Test
    void a_refused_sign_in_shows_its_own_message_and_anything_else_a_general_one() {
        OAuth2AuthenticationException refused = new OAuth2AuthenticationException(
                new OAuth2Error(SingleSignOnProperties.REFUSED_ERROR_CODE, "There is no active account for x@y.test.", null));
        OAuth2AuthenticationException broken = new OAuth2AuthenticationException(
                new OAuth2Error("invalid_id_token", "[invalid_id_token] The ID Token contains invalid claims", null));

        assertThat(SingleSignOnButtons.message(refused)).isEqualTo("There is no active account for x@y.test.");
        assertThat(SingleSignOnButtons.message(broken)).isEqualTo(SingleSignOnButtons.FAILED);
    }
}
