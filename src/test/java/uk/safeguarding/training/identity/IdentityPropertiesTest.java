package uk.safeguarding.training.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentityPropertiesTest {

    /** Bean Validation's @Email, used here before, took both of these; the people form would then refuse them. */
    @Test
    void the_first_administrator_needs_an_address_the_people_form_would_accept() {
        assertThatThrownBy(() -> new IdentityProperties("admin@localhost", "Council"))
                .hasMessageContaining("training.identity.initial-admin-email").hasMessageContaining("name@example.org");
        assertThatThrownBy(() -> new IdentityProperties("=admin@example.org", "Council"))
                .hasMessageContaining("training.identity.initial-admin-email").hasMessageContaining("formula");
        assertThat(new IdentityProperties(" Admin@Example.org ", "Council").initialAdminEmail()).isEqualTo(" Admin@Example.org ");
    }
}
