package uk.safeguarding.training.certificate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a public verification shows: the status and, for a real certificate, only the learner's name, the course
 * and the dates. Nothing else about the person. When the holder's personal data was erased
 * ({@code detailsWithheld}), only the status: name, course and dates are null. {@code courseVersion} is the
 * published version of the course the certificate was issued for and {@code edition} that version's edition. A
 * certificate replaced by one of a later edition of the course answers {@code SUPERSEDED} with that edition's number
 * ({@code supersededByEdition}).
 */
public record Verification(Outcome outcome, String learnerName, String courseTitle, LocalDate completedOn,
                           LocalDate validUntil, Instant revokedAt, Instant tryAgainAfter, boolean detailsWithheld,
                           Integer courseVersion, Integer edition, Integer supersededByEdition) {

    public enum Outcome { VALID, EXPIRED, REVOKED, SUPERSEDED, NOT_FOUND, TOO_MANY_ATTEMPTS }

    public Verification(Outcome outcome, String learnerName, String courseTitle, LocalDate completedOn,
                        LocalDate validUntil, Instant revokedAt, Instant tryAgainAfter, boolean detailsWithheld) {
        this(outcome, learnerName, courseTitle, completedOn, validUntil, revokedAt, tryAgainAfter, detailsWithheld, null, null, null);
    }

    static Verification notFound() {
        return new Verification(Outcome.NOT_FOUND, null, null, null, null, null, null, false, null, null, null);
    }

    static Verification throttled(Instant until) {
        return new Verification(Outcome.TOO_MANY_ATTEMPTS, null, null, null, null, null, until, false, null, null, null);
    }

    static Verification withheld(Outcome outcome, Integer supersededByEdition) {
        return new Verification(outcome, null, null, null, null, null, null, true, null, null, supersededByEdition);
    }
}
