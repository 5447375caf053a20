package uk.safeguarding.training.evidence;

import java.time.LocalDate;
import java.util.List;

/**
 * What an inspector is given: the organisation, the unit tree below the chosen unit, compliance by unit and, for
 * each person in those units on that day, each course and policy with its status as it stood at the end of that day.
 * The PDF and the CSV show the same rows.
 */
public record EvidencePack(String organisation, String unit, LocalDate asAt, List<UnitNode> tree,
                           List<UnitSummary> summary, List<Row> rows) {

    /** A unit of the tree, {@code depth} 0 for the chosen unit. */
    public record UnitNode(long unitId, String name, String path, int depth) {
    }

    /** A unit with everything below it: people in it that day, required items, how many compliant and overdue. */
    public record UnitSummary(String unit, int people, int required, int compliant, int overdue) {

        public int compliantPercent() {
            return required == 0 ? 100 : compliant * 100 / required;
        }
    }

    /**
     * One person and one course or policy. {@code person} is "Erased person" for someone erased since (their rows
     * stay, so the counts do not change).
     */
    public record Row(String unit, String person, String email, String kind, String item, String status,
                      boolean compliant, boolean overdue, LocalDate dueOn, String certificateCode,
                      LocalDate completedOn, LocalDate validUntil, String acknowledged) {
    }
}
