package uk.safeguarding.training.certificate;

import java.time.LocalDate;
import uk.safeguarding.training.organisation.ReminderTimings;

/**
 * A certificate's standing: revoked trumps everything; valid through its valid-until date; expiring in the window
 * the organisation's reminder timings set (30 days by default).
 */
public enum CertificateStatus {
    VALID("Valid"),
    EXPIRING("Valid, expiring soon"),
    EXPIRED("Expired"),
    REVOKED("Revoked");

    private final String label;

    CertificateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CertificateStatus of(boolean revoked, LocalDate validUntil, LocalDate today, ReminderTimings windows) {
        if (revoked) {
            return REVOKED;
        }
        if (today.isAfter(validUntil)) {
            return EXPIRED;
        }
        return windows.expiring(validUntil, today) ? EXPIRING : VALID;
    }
}
