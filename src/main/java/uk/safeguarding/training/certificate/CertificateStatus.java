package uk.safeguarding.training.certificate;

import java.time.LocalDate;
import uk.safeguarding.training.course.CertificateValidity;
import uk.safeguarding.training.settings.ReminderTimings;

/**
 * A certificate's standing: revoked trumps everything; superseded by a later edition's certificate next; valid through its valid-until date; expiring in the window
 * the organisation's reminder timings set (30 days by default).
 */
public enum CertificateStatus {
    VALID("Valid"),
    EXPIRING("Valid, expiring soon"),
    EXPIRED("Expired"),
    REVOKED("Revoked"),
    /** A certificate of a later edition of the course was issued to the same person (docs/decisions/0018). */
    SUPERSEDED("Superseded");

    private final String label;

    CertificateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CertificateStatus of(boolean revoked, LocalDate validUntil, LocalDate today, ReminderTimings windows) {
        return of(revoked, false, validUntil, today, windows);
    }

    /**
     * Revoked trumps everything, then superseded (a later edition's certificate replaced it, whatever its own
     * dates), then the dates.
     */
    public static CertificateStatus of(boolean revoked, boolean superseded, LocalDate validUntil, LocalDate today,
                                       ReminderTimings windows) {
        if (revoked) {
            return REVOKED;
        }
        if (superseded) {
            return SUPERSEDED;
        }
        if (CertificateValidity.expiredOn(validUntil, today)) {
            return EXPIRED;
        }
        return windows.expiring(validUntil, today) ? EXPIRING : VALID;
    }
}
