package uk.safeguarding.training.identity;

import uk.safeguarding.training.shared.Refusal;

/**
 * An administrator's change that breaks a rule (a duplicate email, removing the last administrator, retiring a unit
 * people are still in). The message says why in plain words; {@link #field()} names the form field at fault so a
 * view can show the message next to it. Nothing has been changed when this is thrown.
 */
public class ChangeRefused extends Refusal {

    /** The part of the person or unit the refusal is about. */
    public enum Field { NAME, EMAIL, UNIT, ROLES, MANAGED_UNITS, STATUS, PARENT }

    private final Field field;

    public ChangeRefused(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
