package uk.safeguarding.training.learning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Where a person stands with one assigned course. Computed here, and only here, from dates and progress. */
public enum TrainingStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    DUE_SOON("Due soon"),
    OVERDUE("Overdue"),
    COMPLETED("Completed"),
    EXPIRING("Expiring"),
    EXPIRED("Expired");

    /** Due within this many days (inclusive) counts as due soon. */
    public static final int DUE_SOON_DAYS = 14;
    /** A completion that expires within this many days (inclusive) counts as expiring. */
    public static final int EXPIRING_DAYS = 30;

    private final String label;

    TrainingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Compliant means trained and in date: completed or expiring. */
    public boolean compliant() {
        return this == COMPLETED || this == EXPIRING;
    }

    /**
     * @param dueOn     when the assignment is due
     * @param started   whether the person has opened the course
     * @param expiresOn the expiry date of the completion (completion date plus the course's validity), the last
     *                  day it is valid; null when not completed
     * @param today     today, from the injected clock
     */
    public static TrainingStatus of(LocalDate dueOn, boolean started, LocalDate expiresOn, LocalDate today) {
        if (expiresOn != null) {
            if (today.isAfter(expiresOn)) {
                return EXPIRED;
            }
            return ChronoUnit.DAYS.between(today, expiresOn) <= EXPIRING_DAYS ? EXPIRING : COMPLETED;
        }
        if (today.isAfter(dueOn)) {
            return OVERDUE;
        }
        if (ChronoUnit.DAYS.between(today, dueOn) <= DUE_SOON_DAYS) {
            return DUE_SOON;
        }
        return started ? IN_PROGRESS : NOT_STARTED;
    }
}
