package uk.safeguarding.training.certificate;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.certificate.internal.CertificateRepository;
import uk.safeguarding.training.certificate.internal.Throttles;
import uk.safeguarding.training.certificate.internal.VerificationThrottleRepository;

/**
 * Public verification, for anyone holding a code: valid, expired, revoked or not found. Failed look-ups are counted
 * per address; after ten in ten minutes that address is refused for fifteen, so codes cannot be guessed. A certificate
 * whose holder was erased answers only with its status ("issued, details withheld").
 */
@Service
public class VerificationService {

    private final CertificateRepository certificates;
    private final VerificationThrottleRepository throttles;
    private final Clock clock;

    VerificationService(CertificateRepository certificates, VerificationThrottleRepository throttles, Clock clock) {
        this.certificates = certificates;
        this.throttles = throttles;
        this.clock = clock;
    }

    @Transactional
    public Verification verify(String typedCode, String address) {
        Instant now = clock.instant();
        String key = address == null ? "unknown" : address.length() > 100 ? address.substring(0, 100) : address;
        var throttle = throttles.findById(key);
        if (throttle.isPresent() && throttle.get().blocked(now)) {
            return Verification.throttled(throttle.get().blockedUntil());
        }
        Optional<Certificate> found = CertificateCode.normalise(typedCode).flatMap(certificates::findByCode);
        if (found.isEmpty()) {
            var record = throttle.orElseGet(() -> Throttles.create(key, now));
            Throttles.fail(record, now);
            throttles.save(record);
            return Verification.notFound();
        }
        Certificate c = found.get();
        // Expiring or not, a certificate in date verifies as valid: the window does not change the answer.
        Verification.Outcome outcome = switch (c.statusOn(java.time.LocalDate.now(clock),
                uk.safeguarding.training.organisation.ReminderTimings.DEFAULTS)) {
            case REVOKED -> Verification.Outcome.REVOKED;
            case EXPIRED -> Verification.Outcome.EXPIRED;
            case VALID, EXPIRING -> Verification.Outcome.VALID;
        };
        if (c.isDetailsWithheld()) {
            return Verification.withheld(outcome);
        }
        return new Verification(outcome, c.getLearnerName(), c.getCourseTitle(), c.getCompletedOn(), c.getValidUntil(),
                c.getRevokedAt(), null, false);
    }
}
