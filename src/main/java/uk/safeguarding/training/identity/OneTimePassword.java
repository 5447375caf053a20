package uk.safeguarding.training.identity;

/**
 * A password shown once to the administrator who issued it, to pass on to the person; only its hash is stored and
 * the person must choose their own password when they first sign in with it.
 */
public record OneTimePassword(long userId, String email, String password) {

    @Override
    public String toString() {
        return "OneTimePassword[" + userId + ", " + email + "]";
    }
}
