package uk.safeguarding.training.content;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The organisation details a course may refer to as {@code {{organisation.name}}} and friends. They are filled
 * at display time so that area-specific phone numbers are never written into shared course text.
 */
public enum Placeholder {
    NAME("organisation.name", "[your organisation]"),
    SAFEGUARDING_LEAD("organisation.safeguarding_lead", "[your designated safeguarding lead]"),
    SAFEGUARDING_LEAD_CONTACT("organisation.safeguarding_lead_contact", "[ask your safeguarding lead]"),
    DEPUTY_SAFEGUARDING_LEAD("organisation.deputy_safeguarding_lead", "[your deputy safeguarding lead]"),
    MASH_PHONE("organisation.mash_phone", "[ask your safeguarding lead for the MASH number]"),
    OUT_OF_HOURS_PHONE("organisation.out_of_hours_phone",
            "[ask your safeguarding lead for the out-of-hours number]"),
    POLICE_NON_EMERGENCY("organisation.police_non_emergency", "101");

    /** Shown for a {@code {{...}}} that names no placeholder; validation rejects those, this is a safety net. */
    public static final String UNKNOWN_FALLBACK = "[ask your safeguarding lead]";

    /** {@code {{name}}}, spaces allowed inside the braces; group 1 is the name. */
    public static final Pattern PATTERN = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*\\}\\}");

    private final String key;
    private final String fallback;

    Placeholder(String key, String fallback) {
        this.key = key;
        this.fallback = fallback;
    }

    /** The name written between the braces, e.g. {@code organisation.mash_phone}; also the key of value maps. */
    public String key() {
        return key;
    }

    /** Neutral text shown when the organisation has not set this detail, so a learner never sees braces. */
    public String fallback() {
        return fallback;
    }

    public String token() {
        return "{{" + key + "}}";
    }

    public static Optional<Placeholder> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    /** The seven keys, in the order of the format documentation (so messages list them predictably). */
    public static Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Placeholder placeholder : values()) {
            keys.add(placeholder.key);
        }
        return Collections.unmodifiableSet(keys);
    }
}
