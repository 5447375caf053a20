package uk.safeguarding.training.identity;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguarding.training.identity.ChangeRefused.Field;

/**
 * What a person's details must look like, as plain functions: the owner of these rules for the person form
 * (through {@link PeopleAdministration}) and the staff import (which phrases the same rules as row problems).
 */
public final class PersonRules {

    public static final int MAX_NAME = 200;

    private PersonRules() {
    }

    /**
     * Whether text holds a line break or another control character (including the bidirectional overrides that
     * make text read differently from how it is stored). Such a name would break the layout of reports, CSV
     * exports, emails and certificates, and can disguise one person as another.
     */
    public static boolean hasControlCharacter(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
    }

    /** The name as stored: trimmed, present, not too long. */
    static String name(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            throw new ChangeRefused(Field.NAME, "Enter the person's name.");
        }
        if (name.length() > MAX_NAME) {
            throw new ChangeRefused(Field.NAME, "Use at most " + MAX_NAME + " characters for the name.");
        }
        if (hasControlCharacter(name)) {
            throw new ChangeRefused(Field.NAME, "Write the name on one line, without tabs or other control characters.");
        }
        return name;
    }

    /** The address as stored, with the form's words for a missing one and {@link EmailAddress}'s for the rest. */
    static EmailAddress email(String email) {
        try {
            return EmailAddress.parse(email);
        } catch (EmailAddressRefused refused) {
            throw new ChangeRefused(Field.EMAIL, refused.reason() == EmailAddress.Reason.MISSING
                    ? "Enter the person's email address: it is how they sign in." : refused.getMessage());
        }
    }

    /** The roles to hold: the chosen ones, with the manager role exactly when the person manages a unit. */
    static Set<Role> roles(Set<Role> chosen, boolean managesAUnit) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (chosen != null) {
            roles.addAll(chosen);
        }
        roles.remove(Role.MANAGER);
        if (managesAUnit) {
            roles.add(Role.MANAGER);
        }
        if (roles.isEmpty()) {
            throw new ChangeRefused(Field.ROLES, "Choose at least one role.");
        }
        return roles;
    }

    /** Roles as the audit log and previews list them: labels in role order, or "none". */
    public static String describe(Set<Role> roles) {
        return roles.isEmpty() ? "none"
                : roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }
}
