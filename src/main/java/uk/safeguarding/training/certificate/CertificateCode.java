package uk.safeguarding.training.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Certificate codes people can read out and type: 20 characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L, U), in groups of four. 29^20 is about 2^97, far beyond guessing even without the look-up throttle.
 */
public final class CertificateCode {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCode() {
    }

    /** A new random code, stored form (no separators). */
    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The stored form of what someone typed: case, spaces and dashes do not matter. Empty when it cannot be a code. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /** The readable form: {@code 7KQ4-M9XT-2HDP-R8WC-5NJB}. */
    public static String display(String stored) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < stored.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                shown.append('-');
            }
            shown.append(stored.charAt(i));
        }
        return shown.toString();
    }
}
