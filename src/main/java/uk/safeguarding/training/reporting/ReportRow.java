package uk.safeguarding.training.reporting;

import java.time.LocalDate;
import uk.safeguarding.training.learning.TrainingStatus;

/** One person and one assigned course, as a report line. */
public record ReportRow(long userId, String name, String email, String unit, String course, TrainingStatus status,
                        LocalDate dueOn, Integer lastScore, LocalDate completedOn, LocalDate validUntil) {
}
