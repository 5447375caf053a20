package uk.safeguarding.training.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OrganisationRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "https://training.example.org", "http://localhost:8080", "https://example.org/training/",
            "HTTPS://Training.Example.org"})
    void accepts_blank_and_http_or_https_addresses(String url) {
        assertThat(OrganisationRules.baseUrlProblem(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"training.example.org", "ftp://example.org", "javascript:alert(1)", "https://exa mple.org",
            "https://example.org/verify?x=1", "https://example.org/#top", "https://", "https://user@example.org",
            "https://exa_mple.org"})
    void refuses_anything_else_with_a_message(String url) {
        assertThat(OrganisationRules.baseUrlProblem(url)).get().asString().contains("address");
    }

    @Test
    void day_counts_have_bounds_and_say_them() {
        assertThat(OrganisationRules.daysProblem("the days before the due date", 0, 1, 60)).get().asString()
                .isEqualTo("The days before the due date must be from 1 to 60 days, not 0.");
        assertThat(OrganisationRules.daysProblem("the days before the due date", null, 1, 60)).get().asString()
                .contains("whole number");
        assertThat(OrganisationRules.daysProblem("x", 60, 1, 60)).isEmpty();
    }

    @Test
    void the_name_is_required_and_every_text_has_a_length_limit() {
        assertThat(OrganisationRules.nameProblem("  ")).get().asString().contains("Enter the organisation's name");
        assertThat(OrganisationRules.nameProblem("x".repeat(201))).get().asString().contains("at most 200");
        assertThat(OrganisationRules.problems(new OrganisationDetails(new OrganisationProfile("Harbour", "", "", "", "",
                "", "101"), "", ReminderTimings.DEFAULTS))).isEmpty();
    }

    @Test
    void the_audit_details_name_changed_contacts_without_their_values() {
        OrganisationProfile p = new OrganisationProfile("Harbour", "Sam Lee", "", "", "0300", "", "101");
        OrganisationDetails before = new OrganisationDetails(p, "", ReminderTimings.DEFAULTS);
        OrganisationDetails after = new OrganisationDetails(new OrganisationProfile("Harbour", "Jo Bloggs", "", "",
                "0300", "", "101"), "https://t.example.org", new ReminderTimings(7, 30, 14));
        assertThat(OrganisationService.changes(before, after)).containsExactly("safeguarding lead",
                "certificate address (configured default) → https://t.example.org", "days between manager digests 7 → 14");
    }
}
