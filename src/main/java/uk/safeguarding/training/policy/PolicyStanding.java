package uk.safeguarding.training.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguarding.training.settings.ReminderTimings;

/**
 * The one rule for which policies a person must have read, by when, and whether they have, on any day: today for My
 * training, the report and reminders, a past day for the evidence pack. Pure: everything comes in as recorded history.
 *
 * <p>A policy is required of a person on a day when it was assigned, by the end of that day, to their unit on that day
 * or a unit above it. The version in force is the newest published by then; a person is compliant only with an
 * acknowledgement of that version made by then. It is due a number of days (the assignment's) after the latest of:
 * the version's publication, the assignment, the day the person joined. With several assignments the earliest due
 * date applies.
 */
public final class PolicyStanding {

    private PolicyStanding() {
    }

    public record Published(long policyId, String title, long versionId, int number, String contentHash, Instant publishedAt) {
    }

    public record Requirement(long policyId, String unitPath, int dueDays, Instant createdAt) {
    }

    public record Acknowledgement(long policyId, long versionId, int versionNumber, String contentHash, Instant at) {
    }

    /** One person and one required policy on a day. {@code acknowledgedAt} is of the version in force, else null. */
    public record Line(long policyId, String title, long versionId, int versionNumber, String contentHash,
                       PolicyStatus status, LocalDate dueOn, Instant acknowledgedAt, Integer earlierVersionAcknowledged) {
    }

    /** The end of a day in {@code zone} (the clock's): everything recorded before this instant had happened "on" that day. */
    public static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * @param unitPath     the person's unit (as a path of ids) on {@code day}
     * @param acknowledged the person's acknowledgements, any order
     */
    public static List<Line> linesOn(LocalDate day, String unitPath, LocalDate joinedOn, Collection<Published> versions,
                                     Collection<Requirement> requirements, Collection<Acknowledgement> acknowledged,
                                     ReminderTimings windows, ZoneId zone) {
        Instant end = endOf(day, zone);
        Map<Long, Published> inForce = new LinkedHashMap<>();
        versions.stream().filter(v -> v.publishedAt().isBefore(end))
                .sorted(Comparator.comparing(Published::title).thenComparingLong(Published::policyId).thenComparingInt(Published::number))
                .forEach(v -> inForce.put(v.policyId(), v));
        List<Line> lines = new ArrayList<>();
        for (Published version : inForce.values()) {
            LocalDate dueOn = null;
            for (Requirement r : requirements) {
                if (r.policyId() == version.policyId() && r.createdAt().isBefore(end) && unitPath.startsWith(r.unitPath())) {
                    LocalDate from = latest(day(version.publishedAt(), zone), day(r.createdAt(), zone), joinedOn);
                    LocalDate due = from.plusDays(r.dueDays());
                    dueOn = dueOn == null || due.isBefore(dueOn) ? due : dueOn;
                }
            }
            if (dueOn == null) {
                continue;
            }
            Instant ackOfThis = null;
            Integer earlier = null;
            for (Acknowledgement a : acknowledged) {
                if (a.policyId() != version.policyId() || !a.at().isBefore(end)) {
                    continue;
                }
                if (a.versionId() == version.versionId()) {
                    ackOfThis = ackOfThis == null || a.at().isBefore(ackOfThis) ? a.at() : ackOfThis;
                } else if (earlier == null || a.versionNumber() > earlier) {
                    earlier = a.versionNumber();
                }
            }
            lines.add(new Line(version.policyId(), version.title(), version.versionId(), version.number(),
                    version.contentHash(), PolicyStatus.of(ackOfThis != null, dueOn, day, windows), dueOn, ackOfThis,
                    ackOfThis == null ? earlier : null));
        }
        return lines;
    }

    private static LocalDate day(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }

    private static LocalDate latest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate max = a.isAfter(b) ? a : b;
        return c != null && c.isAfter(max) ? c : max;
    }
}
