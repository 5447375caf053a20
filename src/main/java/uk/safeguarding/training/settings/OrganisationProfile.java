package uk.safeguarding.training.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeguarding.training.content.Placeholder;

/** The organisation's details as values, and as the placeholder values the course text is filled with. */
public record OrganisationProfile(String name, String safeguardingLead, String safeguardingLeadContact,
                                  String deputySafeguardingLead, String mashPhone, String outOfHoursPhone,
                                  String policeNonEmergency) {

    /** Values for {@code {{organisation.*}}} placeholders; blank settings are left out so the text shows its fallback. */
    public Map<String, String> placeholderValues() {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, Placeholder.NAME, name);
        put(values, Placeholder.SAFEGUARDING_LEAD, safeguardingLead);
        put(values, Placeholder.SAFEGUARDING_LEAD_CONTACT, safeguardingLeadContact);
        put(values, Placeholder.DEPUTY_SAFEGUARDING_LEAD, deputySafeguardingLead);
        put(values, Placeholder.MASH_PHONE, mashPhone);
        put(values, Placeholder.OUT_OF_HOURS_PHONE, outOfHoursPhone);
        put(values, Placeholder.POLICE_NON_EMERGENCY, policeNonEmergency);
        return values;
    }

    private static void put(Map<String, String> values, Placeholder placeholder, String value) {
        if (value != null && !value.isBlank()) {
            values.put(placeholder.key(), value.strip());
        }
    }
}
