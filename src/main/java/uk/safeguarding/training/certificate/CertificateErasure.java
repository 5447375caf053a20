package uk.safeguarding.training.certificate;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.certificate.internal.CertificateRepository;

/**
 * A person's certificates for data protection: read for their own export, and withheld when they are erased.
 * No role check here: the data-protection services that call it check the caller, and the methods that change
 * anything only join their transaction.
 */
@Service
@Transactional(readOnly = true)
public class CertificateErasure {

    private final CertificateRepository certificates;
    private final Clock clock;

    CertificateErasure(CertificateRepository certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    /** Every certificate issued to the person, newest first. */
    public List<Certificate> certificatesOf(long userId) {
        return certificates.findByUserIdOrderByIssuedAtDesc(userId);
    }

    /** Where one of the person's certificates stands today, supersession by a later edition included. */
    public CertificateStatus statusOf(Certificate certificate, uk.safeguarding.training.settings.ReminderTimings windows) {
        return CertificateStatus.of(certificate.isRevoked(),
                VerificationService.supersededByEdition(certificates, certificate, clock.instant()) != null,
                certificate.getValidUntil(), java.time.LocalDate.now(clock), windows);
    }

    /**
     * Keeps the person's certificates verifiable as "issued, details withheld": the name is overwritten, no refresher
     * is assigned for them any more, and they leave managers' certificate lists. Idempotent.
     *
     * @return how many certificates were withheld by this call
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int withholdDetailsOf(long userId) {
        int withheld = 0;
        for (Certificate certificate : certificates.findByUserIdOrderByIssuedAtDesc(userId)) {
            if (!certificate.isDetailsWithheld()) {
                certificate.withholdDetails(clock.instant());
                withheld++;
            }
        }
        return withheld;
    }
}
