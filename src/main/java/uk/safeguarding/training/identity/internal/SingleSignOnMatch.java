package uk.safeguarding.training.identity.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import uk.safeguarding.training.identity.EmailAddress;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.SignedInUser;

/**
 * Who a single sign-on is: the existing, active account with the identity provider's verified email. Nobody is
 * created here; administrators add people, and the provider only proves who they are.
 */
final class SingleSignOnMatch {

    /** What the sign-in needs of an account, so this rule is testable without the database. */
    record Account(long id, String email, String displayName, boolean active, Set<Role> roles) {
    }

    sealed interface Outcome permits Matched, Refused {
    }

    record Matched(SignedInUser user) implements Outcome {
    }

    /**
     * @param email   the email the provider sent, or "" when it sent none
     * @param reason  for the audit log
     * @param message for the person, on the login page
     */
    record Refused(String email, String reason, String message) implements Outcome {
    }

    private SingleSignOnMatch() {
    }

    /**
     * @param claims        the ID token's (and user info's) claims
     * @param provider      the provider's name, as on the login button
     * @param trustEmail    whether this registration's email claim counts as verified without {@code email_verified}
     * @param requiredClaims claims that must have exactly these values (e.g. Google's {@code hd}, Entra's {@code tid}),
     *                      so an account of the same email elsewhere at the provider is not taken for the organisation's
     * @param accountByEmail the account with a normalised email, if any
     */
    static Outcome match(Map<String, Object> claims, String provider, boolean trustEmail,
                         Map<String, String> requiredClaims, Function<String, Optional<Account>> accountByEmail) {
        Object rawEmail = claims.get("email");
        String email = rawEmail instanceof String s && !s.isBlank() ? EmailAddress.normalise(s) : "";
        if (email.isEmpty()) {
            return new Refused("", "No email from " + provider,
                    provider + " did not share your email address, so we cannot tell which account is yours. "
                            + "Sign in with your email and password, or ask your administrator.");
        }
        for (Map.Entry<String, String> required : requiredClaims.entrySet()) {
            if (!required.getValue().equals(String.valueOf(claims.get(required.getKey())))) {
                return new Refused(email, "Claim " + required.getKey() + " is not " + required.getValue() + " (" + provider + ")",
                        "The " + provider + " account you used is not one of this organisation's accounts. Sign in with "
                                + "your work account, or with your email and password.");
            }
        }
        if (!trustEmail && !isTrue(claims.get("email_verified"))) {
            return new Refused(email, "Email not verified by " + provider,
                    provider + " has not verified the email address " + email + ". Verify it with " + provider
                            + " or sign in with your email and password.");
        }
        Optional<Account> account = accountByEmail.apply(email);
        if (account.isEmpty() || !account.get().active()) {
            return new Refused(email, account.isEmpty() ? "No account for this email (single sign-on with " + provider + ")"
                    : "Account deactivated (single sign-on with " + provider + ")",
                    "There is no active Safeguarding Training account for " + email + ". Ask your administrator "
                            + "to add you, or sign in with the email your account uses.");
        }
        Account a = account.get();
        return new Matched(new SignedInUser(a.id(), a.email(), a.displayName(), a.roles(), null));
    }

    /** Providers send {@code email_verified} as a boolean, some as the string "true". */
    private static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
    }
}
