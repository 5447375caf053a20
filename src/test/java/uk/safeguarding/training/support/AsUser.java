package uk.safeguarding.training.support;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.SignedInUser;
import uk.safeguarding.training.identity.UserAccount;

/** Runs service calls signed in as a demo person, on the current thread, as the sign-in form would leave it. */
public final class AsUser {

    private AsUser() {
    }

    public static <T> T call(IdentityService identity, String email, Supplier<T> work) {
        UserAccount person = identity.findByEmail(email).orElseThrow(() -> new IllegalArgumentException("No demo person " + email));
        SignedInUser user = new SignedInUser(person.getId(), person.getEmail(), person.getDisplayName(), person.getRoles(), null);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(IdentityService identity, String email, Runnable work) {
        call(identity, email, () -> {
            work.run();
            return null;
        });
    }
}
