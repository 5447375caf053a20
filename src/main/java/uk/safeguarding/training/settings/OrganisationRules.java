package uk.safeguarding.training.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What makes organisation settings acceptable, with a message for each field that says what is wrong. Pure: the
 * settings form shows these messages on the field at fault and the service refuses the same things.
 */
public final class OrganisationRules {

    public static final int NAME_MAX = 200;
    public static final int CONTACT_MAX = 300;
    public static final int PHONE_MAX = 100;
    public static final int URL_MAX = 500;

    /** Field names, as used in {@link InvalidSettingsException#field()}. */
    public static final String NAME = "name";
    public static final String SAFEGUARDING_LEAD = "safeguardingLead";
    public static final String SAFEGUARDING_LEAD_CONTACT = "safeguardingLeadContact";
    public static final String DEPUTY_SAFEGUARDING_LEAD = "deputySafeguardingLead";
    public static final String MASH_PHONE = "mashPhone";
    public static final String OUT_OF_HOURS_PHONE = "outOfHoursPhone";
    public static final String POLICE_NON_EMERGENCY = "policeNonEmergency";
    public static final String CERTIFICATE_BASE_URL = "certificateBaseUrl";
    public static final String DAYS_BEFORE_DUE = "daysBeforeDue";
    public static final String DAYS_BEFORE_EXPIRY = "daysBeforeExpiry";
    public static final String DIGEST_EVERY_DAYS = "digestEveryDays";

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");

    private OrganisationRules() {
    }

    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Enter the organisation's name; it is printed on every certificate.");
        }
        return textProblem("The organisation's name", name, NAME_MAX);
    }

    /** Optional text: only its length is limited. */
    public static Optional<String> textProblem(String what, String value, int max) {
        if (value != null && value.strip().length() > max) {
            return Optional.of(what + " is " + value.strip().length() + " characters long; at most " + max
                    + " are allowed.");
        }
        return Optional.empty();
    }

    /**
     * Blank is allowed (the configured default is used); otherwise an absolute http or https address of this app,
     * such as {@code https://training.example.org}, without spaces, query or fragment.
     */
    public static Optional<String> baseUrlProblem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String value = url.strip();
        String example = " For example: https://training.example.org";
        if (value.length() > URL_MAX) {
            return Optional.of("The address is " + value.length() + " characters long; at most " + URL_MAX
                    + " are allowed.");
        }
        if (value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Optional.of("The address must not contain spaces." + example);
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            return Optional.of("The address must start with https:// (or http://)." + example);
        }
        try {
            URI uri = new URI(value);
            if (uri.getHost() == null || !HOST.matcher(uri.getHost()).matches()) {
                return Optional.of("The address needs a host name after the //." + example);
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                return Optional.of("The address must not contain ?, # or @ parts: give only where the app is"
                        + " reached." + example);
            }
        } catch (URISyntaxException e) {
            return Optional.of("This is not a valid web address (" + e.getReason() + ")." + example);
        }
        return Optional.empty();
    }

    public static Optional<String> daysProblem(String what, Integer days, int min, int max) {
        if (days == null) {
            return Optional.of("Enter " + what + ", a whole number of days from " + min + " to " + max + ".");
        }
        if (days < min || days > max) {
            return Optional.of(capitalised(what) + " must be from " + min + " to " + max + " days, not " + days + ".");
        }
        return Optional.empty();
    }

    /** Every problem of the settings, by field name, in form order; empty when they can be saved. */
    public static Map<String, String> problems(OrganisationDetails details) {
        Map<String, String> problems = new LinkedHashMap<>();
        OrganisationProfile p = details.profile();
        nameProblem(p.name()).ifPresent(m -> problems.put(NAME, m));
        textProblem("The safeguarding lead's name", p.safeguardingLead(), CONTACT_MAX)
                .ifPresent(m -> problems.put(SAFEGUARDING_LEAD, m));
        textProblem("The safeguarding lead's contact", p.safeguardingLeadContact(), CONTACT_MAX)
                .ifPresent(m -> problems.put(SAFEGUARDING_LEAD_CONTACT, m));
        textProblem("The deputy's name", p.deputySafeguardingLead(), CONTACT_MAX)
                .ifPresent(m -> problems.put(DEPUTY_SAFEGUARDING_LEAD, m));
        textProblem("The MASH phone number", p.mashPhone(), PHONE_MAX).ifPresent(m -> problems.put(MASH_PHONE, m));
        textProblem("The out-of-hours number", p.outOfHoursPhone(), PHONE_MAX)
                .ifPresent(m -> problems.put(OUT_OF_HOURS_PHONE, m));
        textProblem("The police non-emergency advice", p.policeNonEmergency(), PHONE_MAX)
                .ifPresent(m -> problems.put(POLICE_NON_EMERGENCY, m));
        baseUrlProblem(details.certificateBaseUrl()).ifPresent(m -> problems.put(CERTIFICATE_BASE_URL, m));
        ReminderTimings r = details.reminders();
        daysProblem("the days before the due date", r.daysBeforeDue(), ReminderTimings.MIN_DAYS_BEFORE_DUE,
                ReminderTimings.MAX_DAYS_BEFORE_DUE).ifPresent(m -> problems.put(DAYS_BEFORE_DUE, m));
        daysProblem("the days before a certificate expires", r.daysBeforeExpiry(), ReminderTimings.MIN_DAYS_BEFORE_EXPIRY,
                ReminderTimings.MAX_DAYS_BEFORE_EXPIRY).ifPresent(m -> problems.put(DAYS_BEFORE_EXPIRY, m));
        daysProblem("the days between managers' digests", r.digestEveryDays(), ReminderTimings.MIN_DIGEST_EVERY_DAYS,
                ReminderTimings.MAX_DIGEST_EVERY_DAYS).ifPresent(m -> problems.put(DIGEST_EVERY_DAYS, m));
        return problems;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
