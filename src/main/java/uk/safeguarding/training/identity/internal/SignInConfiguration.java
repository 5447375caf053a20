package uk.safeguarding.training.identity.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.safeguarding.training.identity.SignInBusyException;

/**
 * How a password sign-in is checked (docs/decisions/0008): over-long input is refused first; then, in the email's
 * turn on this instance, the lockout for any typed email (so a locked unknown email behaves like a locked real
 * one), the password (when {@link PasswordCheckGate} gives it a slot; otherwise the person is asked to try again
 * in a moment, with nothing checked or counted: decision 0030), and for a failure the count, committed before the
 * answer. A correct password is accepted
 * only if, after it was checked, the email is still not locked: failures counted meanwhile by parallel requests
 * (on this or another instance) refuse it. The manager publishes failure events for the audit log; Spring's
 * default arrangement puts the provider in a parent manager that publishes nothing.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    static final String LOCKED = "Too many failed sign-in attempts";
    static final String BUSY = "Too many people are signing in at this moment";

    @Bean
    AuthenticationManager authenticationManager(AccountUserDetailsService accounts, PasswordEncoder passwordEncoder,
                                                LoginThrottle throttle, PasswordCheckGate gate,
                                                ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        AuthenticationProvider lockoutFirst = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String email = authentication.getName();
                if (!SignInInput.acceptable(email, authentication.getCredentials())) {
                    throw new BadCredentialsException("Input longer than any account's");
                }
                try {
                    return throttle.inTurn(email, () -> checkInTurn(email, authentication));
                } catch (LoginThrottle.TurnNotReached busy) {
                    // No password was checked: "try again", not "locked" (which it is not, and which the first cluster
                    // run with decision 0030 showed to people whose email merely shared a stripe with a waiting one).
                    throw new SignInBusyException(BUSY);
                }
            }

            private Authentication checkInTurn(String email, Authentication authentication) {
                if (throttle.isLocked(email)) {
                    throw new LockedException(LOCKED);
                }
                Authentication signedIn;
                try {
                    // Only the bcrypt check waits for a slot, inside the email's turn: a burst at one email then holds
                    // at most one slot, and a sign-in turned away has had no password checked, so it counts nothing.
                    signedIn = gate.check(() -> passwords.authenticate(authentication));
                } catch (PasswordCheckGate.Busy busy) {
                    throw new SignInBusyException(BUSY);
                } catch (BadCredentialsException wrong) {
                    throttle.recordFailure(email);
                    throw wrong;
                }
                if (throttle.isLocked(email)) {
                    throw new LockedException(LOCKED);
                }
                throttle.recordSuccess(email);
                return signedIn;
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return passwords.supports(authentication);
            }
        };
        ProviderManager manager = new ProviderManager(lockoutFirst);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }
}
