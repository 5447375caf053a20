package uk.safeguarding.training.policy;

import java.time.LocalDate;
import uk.safeguarding.training.settings.ReminderTimings;

/** Where a person stands with one policy they must read. Computed here, and only here. */
public enum PolicyStatus {
    ACKNOWLEDGED("Acknowledged"),
    TO_READ("To read"),
    DUE_SOON("Due soon"),
    OVERDUE("Overdue");

    private final String label;

    PolicyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean compliant() {
        return this == ACKNOWLEDGED;
    }

    /**
     * @param acknowledged whether the person acknowledged the version in force on {@code day}
     * @param windows      the organisation's reminder timings, which own the due-soon window (decision 0010)
     */
    public static PolicyStatus of(boolean acknowledged, LocalDate dueOn, LocalDate day, ReminderTimings windows) {
        if (acknowledged) {
            return ACKNOWLEDGED;
        }
        if (day.isAfter(dueOn)) {
            return OVERDUE;
        }
        return windows.dueSoon(dueOn, day) ? DUE_SOON : TO_READ;
    }
}
