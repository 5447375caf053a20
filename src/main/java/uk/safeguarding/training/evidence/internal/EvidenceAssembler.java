package uk.safeguarding.training.evidence.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import uk.safeguarding.training.certificate.CertificateCode;
import uk.safeguarding.training.evidence.CourseStatusAsAt;
import uk.safeguarding.training.evidence.CourseStatusAsAt.CourseStanding;
import uk.safeguarding.training.evidence.EvidencePack;
import uk.safeguarding.training.evidence.EvidencePack.Row;
import uk.safeguarding.training.evidence.EvidencePack.UnitNode;
import uk.safeguarding.training.evidence.EvidencePack.UnitSummary;
import uk.safeguarding.training.evidence.internal.EvidenceHistory.CourseHistory;
import uk.safeguarding.training.evidence.internal.EvidenceHistory.Member;
import uk.safeguarding.training.settings.ReminderTimings;
import uk.safeguarding.training.policy.PolicyService;
import uk.safeguarding.training.policy.PolicyStanding;

/**
 * Puts an evidence pack together from recorded history, in a fixed order (unit tree, then name, then person id,
 * courses before policies, then title), so the same history always gives the same rows. Pure: no database, no clock.
 */
public final class EvidenceAssembler {

    /** Shown instead of the name of someone erased since: their rows stay, anonymous, so counts do not change. */
    public static final String ERASED = "Erased person";

    private EvidenceAssembler() {
    }

    /**
     * @param tree      the chosen unit first, then everything below it, in tree order (by path)
     * @param unitNames unit id to name, for every unit (paths are made of ids)
     * @param erased    whether an email belongs to an erased account
     */
    public static EvidencePack assemble(String organisation, LocalDate day, List<UnitNode> tree, Map<Long, String> unitNames,
                                        List<Member> members, Map<Long, List<CourseHistory>> courses,
                                        PolicyService.AsAt policies, ReminderTimings windows, java.time.ZoneId zone,
                                        java.util.function.Predicate<String> erased, IntConsumer progress) {
        List<Member> ordered = new ArrayList<>(members);
        Comparator<Member> byTree = Comparator.comparing(Member::unitPath);
        ordered.sort(byTree.thenComparing(m -> erased.test(m.email()) ? ERASED : m.name()).thenComparingLong(Member::userId));
        List<Row> rows = new ArrayList<>();
        List<String> rowPaths = new ArrayList<>();
        int done = 0;
        for (Member member : ordered) {
            boolean gone = erased.test(member.email());
            String person = gone ? ERASED : member.name();
            String email = gone ? "" : member.email();
            String unit = unitName(member.unitPath(), unitNames, tree.getFirst().path());
            List<CourseHistory> theirs = new ArrayList<>(courses.getOrDefault(member.userId(), List.of()));
            theirs.sort(Comparator.comparing(CourseHistory::course).thenComparingLong(CourseHistory::courseId));
            for (CourseHistory course : theirs) {
                CourseStanding s = CourseStatusAsAt.standing(course.assignments(), day, windows, zone);
                if (s != null) {
                    rows.add(new Row(unit, person, email, "Course", course.course(), s.status(), s.compliant(), s.overdue(),
                            s.dueOn(), s.certificateCode() == null ? null : CertificateCode.display(s.certificateCode()), s.completedOn(), s.validUntil(), ""));
                    rowPaths.add(member.unitPath());
                }
            }
            for (PolicyStanding.Line line : policies.linesFor(member.userId(), member.unitPath(), member.joinedOn())) {
                String ack = line.acknowledgedAt() == null
                        ? (line.earlierVersionAcknowledged() == null ? "" : "version " + line.earlierVersionAcknowledged() + " only")
                        : line.acknowledgedAt().atZone(zone).toLocalDate() + ", version " + line.versionNumber()
                        + ", SHA-256 " + line.contentHash().substring(0, 12);
                rows.add(new Row(unit, person, email, "Policy", line.title() + " (version " + line.versionNumber() + ")",
                        line.status().label(), line.status().compliant(),
                        line.status() == uk.safeguarding.training.policy.PolicyStatus.OVERDUE, line.dueOn(), null, null,
                        null, ack));
                rowPaths.add(member.unitPath());
            }
            if (++done % 500 == 0) {
                progress.accept(done);
            }
        }
        progress.accept(done);
        List<UnitSummary> summary = new ArrayList<>();
        for (UnitNode node : tree) {
            int people = 0;
            for (Member m : members) {
                if (m.unitPath().startsWith(node.path())) {
                    people++;
                }
            }
            int required = 0;
            int compliant = 0;
            int overdue = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (rowPaths.get(i).startsWith(node.path())) {
                    required++;
                    compliant += rows.get(i).compliant() ? 1 : 0;
                    overdue += rows.get(i).overdue() ? 1 : 0;
                }
            }
            summary.add(new UnitSummary(unitName(node.path(), unitNames, tree.getFirst().path()), people, required, compliant, overdue));
        }
        return new EvidencePack(organisation, tree.getFirst().name(), day, tree, summary, rows);
    }

    /** "Schools / Northgate Primary School": the names from the chosen unit down. */
    static String unitName(String path, Map<Long, String> names, String focusPath) {
        String parentOfFocus = focusPath.substring(0, focusPath.lastIndexOf('/', focusPath.length() - 2) + 1);
        String relative = path.startsWith(parentOfFocus) ? path.substring(parentOfFocus.length()) : path;
        List<String> parts = new ArrayList<>();
        for (String id : relative.split("/")) {
            if (!id.isEmpty()) {
                parts.add(names.getOrDefault(Long.parseLong(id), "?"));
            }
        }
        return String.join(" / ", parts);
    }
}
