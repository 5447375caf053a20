package uk.safeguarding.training.reporting;

import java.time.LocalDate;
import uk.safeguarding.training.learning.TrainingStatus;

/**
 * One person and one assigned course, as a report line. {@code scenariosGood} of {@code scenariosTotal} is how many
 * of the enrolment's course version's scenarios the person has played to a good ending at least once; both are null
 * when the person has not started or the version has no scenarios.
 */
public record ReportRow(long userId, String name, String email, String unit, String course, TrainingStatus status,
                        LocalDate dueOn, Integer lastScore, LocalDate completedOn, LocalDate validUntil,
                        Integer scenariosGood, Integer scenariosTotal) {

    /** The scenario figure exactly as the grid and the exports show it (one wording for both). */
    public String scenarios() {
        return scenariosTotal == null ? "" : scenariosGood + " of " + scenariosTotal + " reached a good ending";
    }
}
