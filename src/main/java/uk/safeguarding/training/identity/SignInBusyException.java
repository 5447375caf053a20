package uk.safeguarding.training.identity;

import org.springframework.security.core.AuthenticationException;

/**
 * A password sign-in was turned away without its password being checked, because this instance was already
 * checking as many passwords as it allows and the queue was full or did not move in time (docs/decisions/0030).
 * Not a failure: it is not counted towards the lockout and not audited as a failed sign-in; the person is asked to
 * try again in a moment.
 */
public final class SignInBusyException extends AuthenticationException {

    public SignInBusyException(String message) {
        super(message);
    }
}
