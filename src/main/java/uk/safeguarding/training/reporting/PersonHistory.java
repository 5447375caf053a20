package uk.safeguarding.training.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything a manager may see of one person's training. */
public record PersonHistory(String name, String email, String unit, List<AttemptLine> attempts, List<CertificateLine> certificates,
                            List<ScenarioPlayLine> scenarioPlays) {

    public record AttemptLine(String course, int number, Instant submittedAt, int scorePercent, boolean passed) {
    }

    /** A finished scenario play; {@code outcome} is the ending's kind in words (good, acceptable, harmful). */
    public record ScenarioPlayLine(String course, String scenario, Instant finishedAt, String outcome, boolean inAssessment) {
    }

    public record CertificateLine(String course, String code, LocalDate completedOn, LocalDate validUntil, boolean revoked) {
    }
}
