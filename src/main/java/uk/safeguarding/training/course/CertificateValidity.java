package uk.safeguarding.training.course;

import java.time.LocalDate;

/**
 * The one expiry rule of a certificate (docs/decisions/0033): it is valid through its last valid day, the day of the
 * full completion plus the course's validity in months, and expired from the day after. Certificate status, a
 * person's status in a course (learning and the evidence pack's past days), the edition rules and the SQL that
 * mirrors them (the report, the reminders) all ask here; the expiring window before that day is
 * {@code organisation.ReminderTimings}'s.
 */
public final class CertificateValidity {

    private CertificateValidity() {
    }

    /** The last day a certificate for a completion on this UK day is valid. */
    public static LocalDate lastValidDay(LocalDate completedOn, int validityMonths) {
        return completedOn.plusMonths(validityMonths);
    }

    /** Past its last valid day on this day. */
    public static boolean expiredOn(LocalDate lastValidDay, LocalDate day) {
        return day.isAfter(lastValidDay);
    }

    /** In date on this day: the last valid day itself included. */
    public static boolean inDateOn(LocalDate lastValidDay, LocalDate day) {
        return !expiredOn(lastValidDay, day);
    }

    /** {@link #expiredOn} in SQL: the last-valid-day column before the day parameter (a date, {@code :name}). */
    public static String expiredSql(String lastValidDayColumn, String dayParameter) {
        return lastValidDayColumn + " < :" + dayParameter;
    }

    /** {@link #inDateOn} in SQL. */
    public static String inDateSql(String lastValidDayColumn, String dayParameter) {
        return lastValidDayColumn + " >= :" + dayParameter;
    }
}
