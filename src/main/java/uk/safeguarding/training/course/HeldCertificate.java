package uk.safeguarding.training.course;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A certificate as the edition rules see it: which edition it certifies, when it was issued, until when it is valid
 * and whether (and when) it was revoked. Plain values, so the rules need no database.
 */
public record HeldCertificate(long id, int edition, Instant issuedAt, LocalDate validUntil, Instant revokedAt) {

    /** Issued by then, not yet revoked then, and in date on that UK day. */
    public boolean validAt(Instant at, ZoneId zone) {
        return !issuedAt.isAfter(at) && !revokedAt(at) && CertificateValidity.inDateOn(validUntil, at.atZone(zone).toLocalDate());
    }

    public boolean revokedAt(Instant at) {
        return revokedAt != null && !revokedAt.isAfter(at);
    }
}
