package uk.safeguarding.training.settings;

import java.time.LocalDate;

/**
 * When the daily reminder job writes to people, and so the one owner of the "due soon" and "expiring" windows
 * wherever a person sees them: My training, the team report and its exports, certificates, the reminders and the
 * managers' digest (see docs/decisions/0010). Both windows include their last day.
 *
 * @param daysBeforeDue    learners are reminded this many days before an assignment is due (and again when overdue)
 * @param daysBeforeExpiry learners are told this many days before their certificate expires; managers' digests list
 *                         people whose certificates expire within this many days
 * @param digestEveryDays  managers get a digest of their overdue and expiring people at most once in this many days
 */
public record ReminderTimings(int daysBeforeDue, int daysBeforeExpiry, int digestEveryDays) {

    public static final ReminderTimings DEFAULTS = new ReminderTimings(7, 30, 7);

    public static final int MIN_DAYS_BEFORE_DUE = 1;
    public static final int MAX_DAYS_BEFORE_DUE = 60;
    public static final int MIN_DAYS_BEFORE_EXPIRY = 1;
    public static final int MAX_DAYS_BEFORE_EXPIRY = 180;
    public static final int MIN_DIGEST_EVERY_DAYS = 1;
    public static final int MAX_DIGEST_EVERY_DAYS = 31;

    /** The latest due date that counts as due soon today. */
    public LocalDate dueSoonUntil(LocalDate today) {
        return today.plusDays(daysBeforeDue);
    }

    /** The latest last-valid day of a certificate that counts as expiring today. */
    public LocalDate expiringUntil(LocalDate today) {
        return today.plusDays(daysBeforeExpiry);
    }

    /** Due today or within {@link #daysBeforeDue} days. */
    public boolean dueSoon(LocalDate dueOn, LocalDate today) {
        return !dueOn.isBefore(today) && !dueOn.isAfter(dueSoonUntil(today));
    }

    /** Still valid today, and its last valid day is within {@link #daysBeforeExpiry} days. */
    public boolean expiring(LocalDate lastValidDay, LocalDate today) {
        return !lastValidDay.isBefore(today) && !lastValidDay.isAfter(expiringUntil(today));
    }
}
