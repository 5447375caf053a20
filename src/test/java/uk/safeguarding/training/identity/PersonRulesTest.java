package uk.safeguarding.training.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.identity.ChangeRefused.Field;

class PersonRulesTest {

    @Test
    void emails_are_trimmed_lower_cased_and_must_look_like_addresses() {
        assertThat(PersonRules.email("  Ann.Bell@Example.ORG ").value()).isEqualTo("ann.bell@example.org");
        for (String bad : new String[] {"", "ann", "ann@", "@example.org", "ann bell@example.org", "ann@example"}) {
            assertThatThrownBy(() -> PersonRules.email(bad)).as(bad)
                    .isInstanceOfSatisfying(ChangeRefused.class, e -> assertThat(e.field()).isEqualTo(Field.EMAIL));
        }
        assertThatThrownBy(() -> PersonRules.email("a".repeat(310) + "@example.org")).isInstanceOf(ChangeRefused.class);
    }

    /** Decision 0019: the form now refuses what the staff import always refused, whatever else it would accept. */
    @Test
    void the_form_refuses_an_address_starting_like_a_spreadsheet_formula_as_the_import_does() {
        assertThatThrownBy(() -> PersonRules.email("=1+1@example.org")).isInstanceOfSatisfying(ChangeRefused.class, e -> {
            assertThat(e.field()).isEqualTo(Field.EMAIL);
            assertThat(e).hasMessageContaining("formula");
        });
        assertThatThrownBy(() -> PersonRules.email(" ")).hasMessage("Enter the person's email address: it is how they sign in.");
        assertThatThrownBy(() -> PersonRules.email("ann")).hasMessage("Enter an email address like name@example.org.");
    }

    @Test
    void names_are_trimmed_and_required() {
        assertThat(PersonRules.name("  Ann Bell ")).isEqualTo("Ann Bell");
        assertThatThrownBy(() -> PersonRules.name(" ")).hasMessageContaining("Enter the person's name");
        assertThatThrownBy(() -> PersonRules.name("x".repeat(201))).hasMessageContaining("at most 200");
    }

    @Test
    void names_and_emails_with_line_breaks_or_control_characters_are_refused() {
        for (String bad : new String[] {"Ann\nBell", "Ann\r\nBell", "Ann\tBell", "Ann\u0000Bell", "Ann\u2028Bell", "Ann\u202EllebBell"}) {
            assertThatThrownBy(() -> PersonRules.name(bad)).as(bad).isInstanceOfSatisfying(ChangeRefused.class,
                    e -> assertThat(e).hasMessageContaining("on one line"));
            assertThatThrownBy(() -> PersonRules.email(bad.replace("Bell", "@example.org"))).as(bad)
                    .isInstanceOfSatisfying(ChangeRefused.class, e -> assertThat(e.field()).isEqualTo(Field.EMAIL));
        }
        assertThat(PersonRules.name("Zoë O'Brien-Ng")).isEqualTo("Zoë O'Brien-Ng");
    }

    @Test
    void the_manager_role_follows_whether_the_person_manages_a_unit() {
        assertThat(PersonRules.roles(Set.of(Role.LEARNER, Role.MANAGER), false)).containsExactly(Role.LEARNER);
        assertThat(PersonRules.roles(Set.of(Role.LEARNER), true)).containsExactlyInAnyOrder(Role.LEARNER, Role.MANAGER);
        assertThat(PersonRules.roles(Set.of(), true)).containsExactly(Role.MANAGER);
        assertThatThrownBy(() -> PersonRules.roles(Set.of(Role.MANAGER), false))
                .isInstanceOfSatisfying(ChangeRefused.class, e -> assertThat(e.field()).isEqualTo(Field.ROLES));
    }
}
