package uk.safeguarding.training.identity.internal;

import java.security.SecureRandom;

/**
 * One-time passwords an administrator reads out or pastes: 20 characters in groups of five, without look-alike
 * characters (about 115 random bits), so they are easy to type once and impossible to guess.
 */
public final class OneTimePasswords {

    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    public static String generate() {
        StringBuilder sb = new StringBuilder(23);
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}
