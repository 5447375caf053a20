package uk.safeguarding.training.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

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

    @Test
    void every_password_the_policy_accepts_can_be_stored_and_checked() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String longest = "correct horse battery staple ".repeat(3).substring(0, PasswordPolicy.MAX_LENGTH);
        assertThat(PasswordPolicy.problems(longest, null)).isEmpty();
        assertThat(encoder.matches(longest, encoder.encode(longest))).isTrue();

        String accented = "é".repeat(40) + "correct horse";
        assertThat(accented.length()).isLessThanOrEqualTo(PasswordPolicy.MAX_LENGTH);
        assertThat(PasswordPolicy.problems(accented, null)).anyMatch(p -> p.contains("shorter password"));
    }
}
