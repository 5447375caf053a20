package uk.safeguarding.training.certificate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a public verification shows: the status and, for a real certificate, only the learner's name, the course
 * and the dates. Nothing else about the person.
 */
public record Verification(Outcome outcome, String learnerName, String courseTitle, LocalDate completedOn,
                           LocalDate validUntil, Instant revokedAt, Instant tryAgainAfter) {

    public enum Outcome { VALID, EXPIRED, REVOKED, NOT_FOUND, TOO_MANY_ATTEMPTS }

    static Verification notFound() {
        return new Verification(Outcome.NOT_FOUND, null, null, null, null, null, null);
    }

    static Verification throttled(Instant until) {
        return new Verification(Outcome.TOO_MANY_ATTEMPTS, null, null, null, null, null, until);
    }
}
