package uk.safeguarding.training.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/** The lockout through the real authentication manager, against the demo people. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class SignInLockoutIT {

    @Autowired
    AuthenticationManager authenticationManager;

    private Authentication attempt(String email, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void the_right_password_signs_in_and_the_password_hash_does_not_stay_in_the_principal() {
        Authentication signedIn = attempt("ben.carter@demo.test", "demo-password");
        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(((SignedInUser) signedIn.getPrincipal()).getPassword()).isNull();
        assertThat(signedIn.getAuthorities()).extracting(a -> a.getAuthority()).filteredOn(a -> a.startsWith("ROLE_"))
                .containsExactly("ROLE_LEARNER");
    }

    @Test
    void the_fifth_failure_locks_and_then_even_the_right_password_is_refused() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt("chloe.davies@demo.test", "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("CHLOE.DAVIES@demo.test", "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt("chloe.davies@demo.test", "demo-password")).isInstanceOf(LockedException.class);
    }

    @Test
    void a_success_before_the_fifth_failure_resets_the_count() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt("daniel.evans@demo.test", "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        attempt("daniel.evans@demo.test", "demo-password");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt("daniel.evans@demo.test", "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(attempt("daniel.evans@demo.test", "demo-password").isAuthenticated()).isTrue();
    }

    @Test
    void unknown_emails_are_refused_exactly_like_wrong_passwords_and_lock_the_same_way() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt("ghost@demo.test", "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("ghost@demo.test", "wrong")).isInstanceOf(LockedException.class);
    }
}
