package uk.safeguarding.training.identity.internal;

import java.nio.charset.StandardCharsets;
import uk.safeguarding.training.identity.EmailAddress;
import uk.safeguarding.training.identity.PasswordPolicy;

/**
 * What a sign-in form may carry before anything looks it up: no account has a longer email or a longer password
 * (bcrypt never stored more than 72 bytes of one),
 * so longer input is refused at once with the usual message, before the lockout's row (whose key would not hold
 * it), the password check or the audit log see it. Anyone can send such input, so it must not cost a stack trace.
 */
final class SignInInput {

    private SignInInput() {
    }

    static boolean acceptable(String email, Object password) {
        return email != null && EmailAddress.normalise(email).length() <= EmailAddress.MAX_LENGTH
                && password instanceof CharSequence typed && typed.length() <= PasswordPolicy.MAX_BYTES
                && typed.toString().getBytes(StandardCharsets.UTF_8).length <= PasswordPolicy.MAX_BYTES;
    }

    /** The email as the audit log records a failure: over-long input is named, not stored. */
    static String auditableEmail(String typed) {
        String email = EmailAddress.normalise(typed);
        return email.length() <= EmailAddress.MAX_LENGTH ? email
                : "(an over-long email of " + email.length() + " characters)";
    }
}
