package uk.safeguarding.training.certificate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a public verification shows: the status and, for a real certificate, only the learner's name, the course
 * and the dates. Nothing else about the person. When the holder's personal data was erased
 * ({@code detailsWithheld}), only the status: name, course and dates are null. {@code courseVersion} is the
 * published version (edition) of the course the certificate was issued for.
 */
public record Verification(Outcome outcome, String learnerName, String courseTitle, LocalDate completedOn,
                           LocalDate validUntil, Instant revokedAt, Instant tryAgainAfter, boolean detailsWithheld,
                           Integer courseVersion) {

    public enum Outcome { VALID, EXPIRED, REVOKED, NOT_FOUND, TOO_MANY_ATTEMPTS }

    static Verification notFound() {
        return new Verification(Outcome.NOT_FOUND, null, null, null, null, null, null, false, null);
    }

    static Verification throttled(Instant until) {
        return new Verification(Outcome.TOO_MANY_ATTEMPTS, null, null, null, null, null, until, false, null);
    }

    static Verification withheld(Outcome outcome) {
        return new Verification(outcome, null, null, null, null, null, null, true, null);
    }
}
