package uk.safeguarding.training.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything a manager may see of one person's training. */
public record PersonHistory(String name, String email, String unit, List<AttemptLine> attempts, List<CertificateLine> certificates) {

    public record AttemptLine(String course, int number, Instant submittedAt, int scorePercent, boolean passed) {
    }

    public record CertificateLine(String course, String code, LocalDate completedOn, LocalDate validUntil, boolean revoked) {
    }
}
