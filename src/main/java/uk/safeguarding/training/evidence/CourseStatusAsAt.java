package uk.safeguarding.training.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import uk.safeguarding.training.learning.TrainingStatus;
import uk.safeguarding.training.settings.ReminderTimings;
import uk.safeguarding.training.policy.PolicyStanding;

/**
 * A person's standing in one course at the end of a past day (or today), computed only from recorded history:
 * assignments with their dates, enrolments, certificates with their issue and revocation times. The one place the
 * evidence pack decides a course status, so course editions ("update required", "superseded by edition N") plug in
 * here, in {@link #standing}, and nowhere else.
 */
public final class CourseStatusAsAt {

    private CourseStatusAsAt() {
    }

    /**
     * One assignment of the course to the person, with what followed from it, exactly as recorded. {@code update}: an
     * update to a new edition of the course (decision 0018), "update required" until done or due.
     */
    public record AssignmentRecord(long assignmentId, LocalDate dueOn, Instant assignedAt, Instant closedAt,
                                   Instant startedAt, Instant completedAt, CertificateRecord certificate, boolean update) {

        public AssignmentRecord(long assignmentId, LocalDate dueOn, Instant assignedAt, Instant closedAt,
                                Instant startedAt, Instant completedAt, CertificateRecord certificate) {
            this(assignmentId, dueOn, assignedAt, closedAt, startedAt, completedAt, certificate, false);
        }
    }

    public record CertificateRecord(String code, LocalDate completedOn, LocalDate validUntil, Instant issuedAt,
                                    Instant revokedAt) {
    }

    /**
     * @param status    the label shown ("Completed", "Overdue", "Revoked", ...)
     * @param compliant trained and in date on that day
     * @param overdue   past its due date and not completed on that day
     */
    public record CourseStanding(String status, boolean compliant, boolean overdue, LocalDate dueOn,
                                 String certificateCode, LocalDate completedOn, LocalDate validUntil) {
    }

    /**
     * The standing on {@code day} (end of the UK day), or null when the course was not assigned to the person by then.
     * The assignment that counts is the newest one open that day (a refresher replaces the one before it).
     */
    public static CourseStanding standing(List<AssignmentRecord> history, LocalDate day, ReminderTimings windows, ZoneId zone) {
        Instant end = PolicyStanding.endOf(day, zone);
        List<AssignmentRecord> known = history.stream().filter(a -> a.assignedAt().isBefore(end))
                .sorted(Comparator.comparing(AssignmentRecord::assignedAt).thenComparingLong(AssignmentRecord::assignmentId))
                .toList();
        if (known.isEmpty()) {
            return null;
        }
        AssignmentRecord current = known.stream().filter(a -> a.closedAt() == null || !a.closedAt().isBefore(end))
                .reduce((first, second) -> second).orElse(known.getLast());
        boolean started = current.startedAt() != null && current.startedAt().isBefore(end);
        boolean completed = current.completedAt() != null && current.completedAt().isBefore(end);
        CertificateRecord cert = current.certificate() != null && current.certificate().issuedAt().isBefore(end)
                ? current.certificate() : null;
        if (completed && cert != null && cert.revokedAt() != null && cert.revokedAt().isBefore(end)) {
            return new CourseStanding("Revoked", false, false, current.dueOn(), cert.code(), cert.completedOn(),
                    cert.validUntil());
        }
        TrainingStatus status = completed && cert == null ? TrainingStatus.COMPLETED
                : TrainingStatus.of(current.dueOn(), started, completed ? cert.validUntil() : null, day, windows,
                        current.update());
        LocalDate completedOn = completed ? current.completedAt().atZone(zone).toLocalDate() : null;
        return new CourseStanding(status.label(), status.compliant(), status == TrainingStatus.OVERDUE, current.dueOn(),
                cert == null ? null : cert.code(), completedOn, cert == null ? null : cert.validUntil());
    }
}
