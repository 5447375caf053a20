package uk.safeguarding.training.learning;

import java.time.LocalDate;
import uk.safeguarding.training.shared.Refusal;

/**
 * When an assignment is due: on a fixed date, or a number of days after the person joined.
 *
 * @param fixedDate        the date, for {@link Kind#FIXED_DATE}
 * @param daysAfterJoining the days, for {@link Kind#DAYS_AFTER_JOINING}
 */
public record DueDateRule(Kind kind, LocalDate fixedDate, int daysAfterJoining) {

    public enum Kind { FIXED_DATE, DAYS_AFTER_JOINING }

    public DueDateRule {
        if (kind == Kind.FIXED_DATE && fixedDate == null) {
            throw new Refusal("Choose the date the course is due");
        }
        if (kind == Kind.DAYS_AFTER_JOINING && (daysAfterJoining < 0 || daysAfterJoining > 3650)) {
            throw new Refusal("Days after joining must be between 0 and 3650");
        }
    }

    public static DueDateRule on(LocalDate date) {
        return new DueDateRule(Kind.FIXED_DATE, date, 0);
    }

    public static DueDateRule daysAfterJoining(int days) {
        return new DueDateRule(Kind.DAYS_AFTER_JOINING, null, days);
    }

    public LocalDate dueFor(LocalDate joinedOn) {
        return kind == Kind.FIXED_DATE ? fixedDate : joinedOn.plusDays(daysAfterJoining);
    }

    public String describe() {
        return kind == Kind.FIXED_DATE ? "due " + fixedDate : "due " + daysAfterJoining + " days after joining";
    }
}
