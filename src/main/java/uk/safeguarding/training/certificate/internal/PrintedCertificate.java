package uk.safeguarding.training.certificate.internal;

import java.time.Instant;
import java.time.LocalDate;
import uk.safeguarding.training.certificate.Certificate;
import uk.safeguarding.training.certificate.CertificateLayout;

/**
 * What a certificate prints, fixed at issue, read as plain values: a ZIP of thousands reads these a batch at a time
 * ({@link CertificateRepository#printedByIds}) instead of holding every certificate as a managed entity until it ends.
 *
 * @param id     null for a certificate not stored yet
 * @param layout how its PDF is written, fixed at issue (docs/decisions/0036)
 */
public record PrintedCertificate(Long id, String code, String learnerName, String courseTitle, int courseVersionNumber,
                                 LocalDate completedOn, int scorePercent, LocalDate validUntil,
                                 String issuingOrganisation, Instant issuedAt, CertificateLayout layout) {

    public static PrintedCertificate of(Certificate c) {
        return new PrintedCertificate(c.getId(), c.getCode(), c.getLearnerName(), c.getCourseTitle(),
                c.getCourseVersionNumber(), c.getCompletedOn(), c.getScorePercent(), c.getValidUntil(),
                c.getIssuingOrganisation(), c.getIssuedAt(), c.getLayout());
    }
}
