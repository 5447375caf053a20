package uk.safeguarding.training.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void accepts_a_long_passphrase_without_any_composition_rules() {
        assertThat(PasswordPolicy.problems("correct horse battery staple", "sam@example.org")).isEmpty();
        assertThat(PasswordPolicy.problems("demo-password", "learner@demo.test")).isEmpty();
    }

    @Test
    void refuses_a_password_shorter_than_twelve_characters() {
        assertThat(PasswordPolicy.problems("Sh0rt!pass", "sam@example.org"))
                .singleElement().asString().contains("at least 12 characters");
    }

    @Test
    void refuses_a_common_password_even_with_digits_or_punctuation_added() {
        assertThat(PasswordPolicy.problems("password1234", null)).anyMatch(p -> p.contains("commonly used"));
        assertThat(PasswordPolicy.problems("Safeguarding2026!", null)).anyMatch(p -> p.contains("commonly used"));
    }

    @Test
    void refuses_the_persons_own_email_name_and_repetition() {
        assertThat(PasswordPolicy.problems("jordan.smith-rocks", "jordan.smith@example.org"))
                .anyMatch(p -> p.contains("email"));
        assertThat(PasswordPolicy.problems("abababababababab", null)).anyMatch(p -> p.contains("repeating"));
    }

    @Test
    void refuses_absurdly_long_passwords() {
        assertThat(PasswordPolicy.problems("x".repeat(64) + "y".repeat(70), null)).anyMatch(p -> p.contains("at most"));
    }
}
