package uk.safeguarding.training.organisation;

/**
 * When the daily reminder job writes to people.
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
}
