package uk.safeguarding.training.learning;

import java.time.LocalDate;
import uk.safeguarding.training.course.CertificateValidity;
import uk.safeguarding.training.settings.ReminderTimings;

/** Where a person stands with one assigned course. Computed here, and only here, from dates and progress. */
public enum TrainingStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    DUE_SOON("Due soon"),
    OVERDUE("Overdue"),
    COMPLETED("Completed"),
    EXPIRING("Expiring"),
    EXPIRED("Expired"),
    /** Holds a valid certificate of an earlier edition; the update of the changed modules is not yet due. */
    UPDATE_REQUIRED("Update required");

    private final String label;

    TrainingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Compliant means trained and in date: completed or expiring, or holding a valid certificate of an earlier edition
     * while its update is not yet overdue (docs/decisions/0018).
     */
    public boolean compliant() {
        return this == COMPLETED || this == EXPIRING || this == UPDATE_REQUIRED;
    }

    /**
     * @param dueOn     when the assignment is due
     * @param started   whether the person has opened the course
     * @param expiresOn the expiry date of the completion (completion date plus the course's validity), the last
     *                  day it is valid; null when not completed
     * @param today     today, from the injected clock
     * @param windows   the organisation's reminder timings, which own the due-soon and expiring windows
     */
    public static TrainingStatus of(LocalDate dueOn, boolean started, LocalDate expiresOn, LocalDate today,
                                    ReminderTimings windows) {
        return of(dueOn, started, expiresOn, today, windows, false);
    }

    /**
     * As {@link #of(LocalDate, boolean, LocalDate, LocalDate, ReminderTimings)}, for an assignment that may be an
     * update: an update not yet completed is "update required" until its due date and overdue after it.
     */
    public static TrainingStatus of(LocalDate dueOn, boolean started, LocalDate expiresOn, LocalDate today,
                                    ReminderTimings windows, boolean update) {
        if (update && expiresOn == null) {
            return today.isAfter(dueOn) ? OVERDUE : UPDATE_REQUIRED;
        }
        if (expiresOn != null) {
            if (CertificateValidity.expiredOn(expiresOn, today)) {
                return EXPIRED;
            }
            return windows.expiring(expiresOn, today) ? EXPIRING : COMPLETED;
        }
        if (today.isAfter(dueOn)) {
            return OVERDUE;
        }
        if (windows.dueSoon(dueOn, today)) {
            return DUE_SOON;
        }
        return started ? IN_PROGRESS : NOT_STARTED;
    }
}
