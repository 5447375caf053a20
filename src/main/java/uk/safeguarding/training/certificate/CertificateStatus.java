package uk.safeguarding.training.certificate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A certificate's standing: revoked trumps everything; valid through its valid-until date; expiring in its last 30 days. */
public enum CertificateStatus {
    VALID("Valid"),
    EXPIRING("Valid, expiring soon"),
    EXPIRED("Expired"),
    REVOKED("Revoked");

    public static final int EXPIRING_DAYS = 30;

    private final String label;

    CertificateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CertificateStatus of(boolean revoked, LocalDate validUntil, LocalDate today) {
        if (revoked) {
            return REVOKED;
        }
        if (today.isAfter(validUntil)) {
            return EXPIRED;
        }
        return ChronoUnit.DAYS.between(today, validUntil) <= EXPIRING_DAYS ? EXPIRING : VALID;
    }
}
