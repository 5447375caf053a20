package uk.safeguarding.training.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.SignedInUser;
import uk.safeguarding.training.identity.internal.SingleSignOnMatch.Account;
import uk.safeguarding.training.identity.internal.SingleSignOnMatch.Matched;
import uk.safeguarding.training.identity.internal.SingleSignOnMatch.Outcome;
import uk.safeguarding.training.identity.internal.SingleSignOnMatch.Refused;

class SingleSignOnMatchTest {

    private static final Account ACTIVE = new Account(7, "sam.lee@org.test", "Sam Lee", true, Set.of(Role.LEARNER, Role.MANAGER));
    private static final Account LEFT = new Account(8, "former@org.test", "Former Staff", false, Set.of(Role.LEARNER));
    private static final Function<String, Optional<Account>> ACCOUNTS = email -> switch (email) {
        case "sam.lee@org.test" -> Optional.of(ACTIVE);
        case "former@org.test" -> Optional.of(LEFT);
        default -> Optional.empty();
    };

    private static Outcome match(Map<String, Object> claims) {
        return SingleSignOnMatch.match(claims, "Example ID", false, Map.of(), ACCOUNTS);
    }

    @Test
    void a_verified_email_of_an_active_account_is_that_person_with_the_roles_from_the_database() {
        Outcome outcome = match(Map.of("email", " Sam.Lee@ORG.test", "email_verified", true, "roles", "admin"));

        assertThat(outcome).isInstanceOfSatisfying(Matched.class, m -> {
            SignedInUser user = m.user();
            assertThat(user.id()).isEqualTo(7);
            assertThat(user.email()).isEqualTo("sam.lee@org.test");
            assertThat(user.displayName()).isEqualTo("Sam Lee");
            assertThat(user.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.MANAGER);
            assertThat(user.getPassword()).isNull();
        });
        assertThat(match(Map.of("email", "sam.lee@org.test", "email_verified", "true"))).isInstanceOf(Matched.class);
    }

    @Test
    void an_email_without_an_account_is_refused_with_a_message_saying_so() {
        assertThat(match(Map.of("email", "stranger@else.test", "email_verified", true)))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.email()).isEqualTo("stranger@else.test");
                    assertThat(r.reason()).startsWith("No account for this email");
                    assertThat(r.message()).contains("no active Safeguarding Training account for stranger@else.test");
                });
    }

    @Test
    void a_deactivated_account_is_refused_like_a_missing_one() {
        assertThat(match(Map.of("email", "former@org.test", "email_verified", true)))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.reason()).startsWith("Account deactivated");
                    assertThat(r.message()).contains("no active Safeguarding Training account for former@org.test");
                });
    }

    @Test
    void an_unverified_or_missing_email_is_refused_even_when_an_account_has_it() {
        assertThat(match(Map.of("email", "sam.lee@org.test", "email_verified", false)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo("Email not verified by Example ID"));
        assertThat(match(Map.of("email", "sam.lee@org.test")))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.message()).contains("has not verified"));
        assertThat(match(Map.of("email_verified", true, "sub", "123")))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.email()).isEmpty();
                    assertThat(r.message()).contains("did not share your email address");
                });
    }

    @Test
    void a_registration_trusted_for_email_needs_no_email_verified_claim_but_still_an_active_account() {
        assertThat(SingleSignOnMatch.match(Map.of("email", "sam.lee@org.test"), "Entra ID", true, Map.of(), ACCOUNTS))
                .isInstanceOf(Matched.class);
        assertThat(SingleSignOnMatch.match(Map.of("email", "former@org.test"), "Entra ID", true, Map.of(), ACCOUNTS))
                .isInstanceOf(Refused.class);
    }

    @Test
    void an_account_outside_the_organisations_domain_or_tenant_is_refused_even_with_a_verified_staff_email() {
        Map<String, String> workspaceOnly = Map.of("hd", "org.test");
        assertThat(SingleSignOnMatch.match(Map.of("email", "sam.lee@org.test", "email_verified", true, "hd", "org.test"),
                "Google", false, workspaceOnly, ACCOUNTS)).isInstanceOf(Matched.class);
        assertThat(SingleSignOnMatch.match(Map.of("email", "sam.lee@org.test", "email_verified", true),
                "Google", false, workspaceOnly, ACCOUNTS))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.reason()).isEqualTo("Claim hd is not org.test (Google)");
                    assertThat(r.message()).contains("not one of this organisation's accounts");
                });
    }
}
