package uk.safeguarding.training.learning;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import uk.safeguarding.training.course.CertificateValidity;
import uk.safeguarding.training.settings.ReminderTimings;

/**
 * {@link TrainingStatus#of} as SQL conditions, so a query can filter, count and page by status in the database and
 * still agree with the Java rule (ReportingIT holds them to it for every row of the demo data). Owned here beside the
 * rule so that the report and the reminders' questions to {@link Deadlines} use the same text.
 *
 * <p>The conditions name the aliases {@code a} (assignment), {@code e} (its enrolment, left-joined) and {@code cert}
 * (the enrolment's certificate, left-joined), and the parameters of {@link #parameters}.
 */
public final class TrainingStatusSql {

    private TrainingStatusSql() {
    }

    /** {@code today}, {@code soon} and {@code expiring}: today and the last days of the organisation's two windows. */
    public static Map<String, Object> parameters(LocalDate today, ReminderTimings windows) {
        return Map.of("today", Date.valueOf(today), "soon", Date.valueOf(windows.dueSoonUntil(today)),
                "expiring", Date.valueOf(windows.expiringUntil(today)));
    }

    /** The SQL condition for one status, in the same terms as {@link TrainingStatus#of}. */
    public static String condition(TrainingStatus status) {
        return switch (status) {
            case EXPIRED -> "(e.completed_at is not null and " + CertificateValidity.expiredSql("cert.valid_until", "today") + ")";
            case EXPIRING -> "(e.completed_at is not null and " + CertificateValidity.inDateSql("cert.valid_until", "today")
                    + " and cert.valid_until <= :expiring)";
            case COMPLETED -> "(e.completed_at is not null and (cert.valid_until is null or cert.valid_until > :expiring))";
            case OVERDUE -> "(e.completed_at is null and a.due_on < :today)";
            case UPDATE_REQUIRED -> "(e.completed_at is null and a.reason = 'UPDATE' and a.due_on >= :today)";
            case DUE_SOON -> "(e.completed_at is null and a.reason <> 'UPDATE' and a.due_on >= :today and a.due_on <= :soon)";
            case IN_PROGRESS -> "(e.completed_at is null and a.reason <> 'UPDATE' and a.due_on > :soon and e.id is not null)";
            case NOT_STARTED -> "(e.completed_at is null and a.reason <> 'UPDATE' and a.due_on > :soon and e.id is null)";
        };
    }

    /** The statuses {@link TrainingStatus#compliant()} counts, as one condition. */
    public static String compliant() {
        return "(" + condition(TrainingStatus.COMPLETED) + " or " + condition(TrainingStatus.EXPIRING) + " or "
                + condition(TrainingStatus.UPDATE_REQUIRED) + ")";
    }
}
