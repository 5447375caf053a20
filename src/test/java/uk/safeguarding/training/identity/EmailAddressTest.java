package uk.safeguarding.training.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.safeguarding.training.shared.Refusal;

/**
 * The one address rule. The cases are those the people form (PersonRules) and the staff import (StaffImportPlanner)
 * each checked before they shared this type, plus the one where they disagreed (decision 0019).
 */
class EmailAddressTest {

    @Test
    void an_address_is_stored_trimmed_and_lower_case_and_compared_without_regard_to_case() {
        assertThat(EmailAddress.parse("  Ann.Bell@Example.ORG ").value()).isEqualTo("ann.bell@example.org");
        assertThat(EmailAddress.parse(" New@Example.org ").value()).isEqualTo("new@example.org");
        assertThat(EmailAddress.parse("A@Example.org")).isEqualTo(EmailAddress.parse("a@example.org"))
                .hasSameHashCodeAs(EmailAddress.parse("a@EXAMPLE.ORG"));
        assertThat(EmailAddress.parse("a@example.org")).isNotEqualTo(EmailAddress.parse("b@example.org"));
        assertThat(EmailAddress.parse("o'brien+training@council.gov.uk").value()).isEqualTo("o'brien+training@council.gov.uk");
    }

    @Test
    void text_that_is_not_an_address_is_refused_with_a_message_for_the_person() {
        for (String bad : new String[] {"ann", "ann@", "ann bell@example.org", "ann@example", "not-an-email",
                "ann@-example.org", "ann@example..org", "änn@example.org"}) {
            assertThatThrownBy(() -> EmailAddress.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(EmailAddressRefused.class, refused -> {
                        assertThat(refused).isInstanceOf(Refusal.class).hasMessage("Enter an email address like name@example.org.");
                        assertThat(refused.reason()).isEqualTo(EmailAddress.Reason.NOT_AN_ADDRESS);
                    });
            assertThat(EmailAddress.problem(bad)).as(bad).isPresent();
        }
    }

    @Test
    void a_missing_address_is_refused_as_missing() {
        for (String missing : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> EmailAddress.parse(missing)).isInstanceOfSatisfying(EmailAddressRefused.class,
                    refused -> assertThat(refused.reason()).isEqualTo(EmailAddress.Reason.MISSING));
        }
    }

    @Test
    void an_address_longer_than_the_column_is_refused() {
        String longest = "a".repeat(EmailAddress.MAX_LENGTH - "@example.org".length()) + "@example.org";
        assertThat(EmailAddress.parse(longest).value()).hasSize(EmailAddress.MAX_LENGTH);
        assertThatThrownBy(() -> EmailAddress.parse("a" + longest)).hasMessageContaining("at most 320 characters");
        assertThatThrownBy(() -> EmailAddress.parse("a".repeat(310) + "@example.org")).isInstanceOf(EmailAddressRefused.class);
    }

    @Test
    void line_breaks_and_other_control_characters_are_refused_even_inside() {
        for (String bad : new String[] {"Ann\n@example.org", "Ann\r\n@example.org", "Ann\t@example.org", "Ann\u0000@example.org",
                "Ann\u2028@example.org", "Ann\u202Ell@example.org", "new\r\n@example.org"}) {
            assertThat(EmailAddress.problem(bad)).as(bad).isPresent();
        }
    }

    /** The staff import refused these and the people form accepted them; now both refuse them (decision 0019). */
    @Test
    void an_address_starting_like_a_spreadsheet_formula_is_refused() {
        for (String formula : new String[] {"@example.org", "=1+1@example.org", "+ann@example.org", "-ann@example.org", "  =cmd@example.org"}) {
            assertThatThrownBy(() -> EmailAddress.parse(formula)).as(formula)
                    .isInstanceOf(EmailAddressRefused.class).hasMessageContaining("spreadsheet programs run such text as a formula");
        }
        assertThat(EmailAddress.parse("ann-bell@example.org").value()).isEqualTo("ann-bell@example.org");
    }

    @Test
    void look_ups_normalise_without_judging_and_the_local_part_is_before_the_first_at() {
        assertThat(EmailAddress.normalise(" Whatever Typed ")).isEqualTo("whatever typed");
        assertThat(EmailAddress.normalise(null)).isEmpty();
        assertThat(EmailAddress.localPart("Ann.Bell@Example.org")).isEqualTo("ann.bell");
        assertThat(EmailAddress.localPart("no-at-sign")).isEqualTo("no-at-sign");
    }
}
