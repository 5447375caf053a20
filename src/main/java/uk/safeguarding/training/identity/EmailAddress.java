package uk.safeguarding.training.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.safeguarding.training.shared.SpreadsheetCells;

/**
 * An email address this application accepts for a person, in the one form it is stored and compared in: trimmed
 * and lower case, so two addresses differing only in case are the same person. The owner of the address rule for the
 * people form, the staff import, the first administrator and the start-up code; sign-in and single sign-on only
 * {@link #normalise} what they are given, since they look an address up and never store a new one.
 */
public final class EmailAddress {

    /** The longest address stored or signed in with: the column length (RFC 5321 allows less). */
    public static final int MAX_LENGTH = 320;

    /** ASCII local part and host names, with at least one dot in the domain. */
    private static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private final String value;

    private EmailAddress(String value) {
        this.value = value;
    }

    /** The address as stored and compared, or a {@link EmailAddressRefused} whose message says what is wrong. */
    public static EmailAddress parse(String typed) {
        String normalised = normalise(typed);
        problem(normalised).ifPresent(message -> {
            throw new EmailAddressRefused(normalised.isEmpty() ? Reason.MISSING : Reason.NOT_AN_ADDRESS, message);
        });
        return new EmailAddress(normalised);
    }

    /** Why the typed text is not an address this application accepts, or empty when it is one. */
    public static Optional<String> problem(String typed) {
        String normalised = normalise(typed);
        if (normalised.isEmpty()) {
            return Optional.of("Enter an email address.");
        }
        if (normalised.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters for an email address.");
        }
        // Stricter than RFC 5322 on purpose: an address starting like a formula would be run by a spreadsheet opened
        // from any export that forgot to neutralise it (decision 0019).
        if (SpreadsheetCells.startsLikeFormula(normalised)) {
            return Optional.of("An email address cannot start with '" + normalised.charAt(0)
                    + "': spreadsheet programs run such text as a formula.");
        }
        if (PersonRules.hasControlCharacter(normalised) || !SHAPE.matcher(normalised).matches()) {
            return Optional.of("Enter an email address like name@example.org.");
        }
        return Optional.empty();
    }

    /**
     * Typed text in the form addresses are stored and looked up in (trimmed, lower case), without checking it is
     * an address: for look-ups of what someone typed or a provider sent, which find nobody when it is not one.
     */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    /** The part before the first '@' of typed text (all of it when there is none), lower case. */
    public static String localPart(String typed) {
        String normalised = normalise(typed);
        int at = normalised.indexOf('@');
        return at < 0 ? normalised : normalised.substring(0, at);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress address && address.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }

    /** What kind of problem the address has: a form asks for a missing one in its own words. */
    public enum Reason { MISSING, NOT_AN_ADDRESS }
}
