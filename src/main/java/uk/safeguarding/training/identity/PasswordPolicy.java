package uk.safeguarding.training.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Password rules after the NCSC's guidance: length rather than composition rules, and a block list of
 * passwords attackers try first. No forced periodic change.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /**
     * 64 characters, the NCSC's and NIST's suggested minimum for a maximum. Besides, bcrypt reads at most 72 bytes and
     * Spring Security refuses to hash more, so a longer password could not be stored.
     */
    public static final int MAX_LENGTH = 64;
    /** The most bcrypt reads of a password, in UTF-8 bytes: no stored password is longer. */
    public static final int MAX_BYTES = 72;

    private static final Set<String> BLOCKED = loadBlockList();

    private PasswordPolicy() {
    }

    /** Plain-English problems with the password; empty when it is acceptable. */
    public static List<String> problems(String password, String email) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("Use at least " + MIN_LENGTH + " characters. Three random words make a strong, memorable password.");
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("Use at most " + MAX_LENGTH + " characters.");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add("Use a shorter password: accented letters and symbols count as several characters, and this one"
                    + " is over the limit.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (BLOCKED.contains(lower) || BLOCKED.contains(lower.replaceAll("[0-9!._-]+$", ""))) {
            problems.add("This password is on a list of commonly used passwords. Choose something less predictable.");
        }
        if (email != null && !email.isBlank()) {
            String local = EmailAddress.localPart(email);
            if (local.length() >= 4 && lower.contains(local)) {
                problems.add("Do not use your email address in your password.");
            }
        }
        if (password.chars().distinct().count() < 4) {
            problems.add("Avoid repeating the same few characters.");
        }
        return problems;
    }

    private static Set<String> loadBlockList() {
        var in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt");
        if (in == null) {
            throw new IllegalStateException("identity/common-passwords.txt is missing from the classpath");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
