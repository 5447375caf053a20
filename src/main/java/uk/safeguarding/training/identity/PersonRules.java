package uk.safeguarding.training.identity;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.safeguarding.training.identity.ChangeRefused.Field;

/** What a person's details must look like, as plain functions the administration service applies. */
final class PersonRules {

    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 320;
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    private PersonRules() {
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
        return name;
    }

    /** The email as stored (trimmed, lower case), when it looks like an address. */
    static String email(String email) {
        String normalised = UserAccount.normaliseEmail(email);
        if (normalised.isEmpty()) {
            throw new ChangeRefused(Field.EMAIL, "Enter the person's email address: it is how they sign in.");
        }
        if (normalised.length() > MAX_EMAIL || !EMAIL.matcher(normalised).matches()) {
            throw new ChangeRefused(Field.EMAIL, "Enter an email address like name@example.org.");
        }
        return normalised;
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

    static String describe(Set<Role> roles) {
        return roles.isEmpty() ? "none"
                : roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }
}
