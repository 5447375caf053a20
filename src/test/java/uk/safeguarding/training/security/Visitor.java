package uk.safeguarding.training.security;

import java.security.Principal;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.SignedInUser;
import uk.safeguarding.training.identity.UserAccount;

/** The kinds of visitor the access matrix is written for: nobody signed in, and the four demo personas. */
enum Visitor {
    ANONYMOUS("anonymous", null),
    LEARNER("learner", "learner@demo.test"),
    MANAGER("manager", "manager@demo.test"),
    TRAINER("trainer", "trainer@demo.test"),
    ADMIN("admin", "admin@demo.test");

    private final String word;
    private final String email;
    private Set<Role> roles = Set.of();

    Visitor(String word, String email) {
        this.word = word;
        this.email = email;
    }

    String word() {
        return word;
    }

    String email() {
        return email;
    }

    static Visitor byWord(String word) {
        for (Visitor visitor : values()) {
            if (visitor.word.equals(word)) {
                return visitor;
            }
        }
        throw new IllegalArgumentException("Unknown visitor '" + word + "'");
    }

    Principal principal(IdentityService identity) {
        if (email == null) {
            return null;
        }
        UserAccount person = identity.findByEmail(email).orElseThrow();
        roles = person.getRoles();
        SignedInUser user = new SignedInUser(person.getId(), person.getEmail(), person.getDisplayName(), roles, null);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    /** Vaadin's checker asks by role name (as in @RolesAllowed), valid after {@link #principal}. */
    boolean hasRole(String role) {
        return roles.stream().anyMatch(r -> r.name().equals(role));
    }
}
