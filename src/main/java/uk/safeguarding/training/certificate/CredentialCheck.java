package uk.safeguarding.training.certificate;

/**
 * The answer to a pasted Open Badges credential: either a {@link Verification} (the certificate's standing, exactly
 * as for its code), or the reason the text is not a genuine credential of this organisation.
 */
public record CredentialCheck(Problem problem, Verification verification) {

    public enum Problem {
        NOT_A_CREDENTIAL("This is not an Open Badges credential: paste the whole credential, either the signed text"
                + " (three parts separated by dots) or the JSON file."),
        TOO_LONG("This text is far longer than any credential issued here."),
        UNSUPPORTED_ALGORITHM("This credential is not signed the way this organisation signs (RS256): it was not issued here, or was altered."),
        UNKNOWN_KEY("This credential names a signing key this organisation never had: it was not issued here."),
        BAD_SIGNATURE("The signature does not match the content: the credential was altered or not issued here."),
        NOT_ISSUED_HERE("No credential with this identifier was issued here."),
        ALTERED("This JSON differs from the credential issued with this identifier: it was altered."),
        NOT_YET_VALID("This credential claims to start in the future: it was not issued here.");

        private final String message;

        Problem(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    static CredentialCheck rejected(Problem problem) {
        return new CredentialCheck(problem, null);
    }

    static CredentialCheck answered(Verification verification) {
        return new CredentialCheck(null, verification);
    }

    public boolean genuine() {
        return problem == null && verification.outcome() != Verification.Outcome.NOT_FOUND
                && verification.outcome() != Verification.Outcome.TOO_MANY_ATTEMPTS;
    }
}
