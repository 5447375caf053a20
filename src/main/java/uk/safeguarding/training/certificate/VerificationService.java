package uk.safeguarding.training.certificate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import uk.safeguarding.training.certificate.internal.CertificateRepository;
import uk.safeguarding.training.certificate.internal.FailedLookUps;
import uk.safeguarding.training.course.EditionRules;
import uk.safeguarding.training.course.HeldCertificate;
import uk.safeguarding.training.settings.ReminderTimings;

/**
 * Public verification, for anyone holding a code: valid, expired, revoked or not found. A code that exists is always
 * answered. Codes that are not found are counted per client ({@link FailedLookUps}): past ten in ten minutes, the
 * client's further unknown codes are answered "too many attempts" until its window ends, so codes cannot be guessed
 * in bulk, while others at the same address still check real certificates. A certificate whose holder was erased
 * answers only with its status ("issued, details withheld").
 */
@Service
public class VerificationService {

    private final CertificateRepository certificates;
    private final FailedLookUps failedLookUps;
    private final Clock clock;

    VerificationService(CertificateRepository certificates, FailedLookUps failedLookUps, Clock clock) {
        this.certificates = certificates;
        this.failedLookUps = failedLookUps;
        this.clock = clock;
    }

    /**
     * @param clientAddress the client as the request's remote address gives it (forwarded headers are believed only
     *                      from trusted proxies, before this is called)
     */
    // No transaction around the look-up: a failure is counted in a transaction of its own, and holding a second
    // connection meanwhile would let a burst of anonymous look-ups exhaust the pool.
    public Verification verify(String typedCode, String clientAddress) {
        Optional<String> code = CertificateCode.normalise(typedCode);
        List<Certificate> samePersonAndCourse = code.map(certificates::findSamePersonAndCourseByCode).orElse(List.of());
        Optional<Certificate> found = code.flatMap(k -> samePersonAndCourse.stream().filter(s -> s.getCode().equals(k)).findFirst());
        if (found.isEmpty()) {
            return failedLookUps.countFailure(clientAddress).map(Verification::throttled).orElseGet(Verification::notFound);
        }
        Certificate c = found.get();
        Integer supersededBy = supersededBy(c, samePersonAndCourse, clock.instant());
        // Expiring or not, a certificate in date verifies as valid: the window does not change the answer.
        Verification.Outcome outcome = switch (CertificateStatus.of(c.isRevoked(), supersededBy != null, c.getValidUntil(),
                LocalDate.now(clock), ReminderTimings.DEFAULTS)) {
            case REVOKED -> Verification.Outcome.REVOKED;
            case SUPERSEDED -> Verification.Outcome.SUPERSEDED;
            case EXPIRED -> Verification.Outcome.EXPIRED;
            case VALID, EXPIRING -> Verification.Outcome.VALID;
        };
        if (c.isDetailsWithheld()) {
            return Verification.withheld(outcome, supersededBy);
        }
        return new Verification(outcome, c.getLearnerName(), c.getCourseTitle(), c.getCompletedOn(), c.getValidUntil(),
                c.getRevokedAt(), null, false, c.getCourseVersionNumber(), c.getEditionNumber(), supersededBy);
    }

    /** The edition of the certificate that supersedes this one at the instant, by the edition rules; null if none. */
    static Integer supersededByEdition(CertificateRepository certificates, Certificate c, Instant at) {
        return supersededBy(c, certificates.findByUserIdAndCourseId(c.getUserId(), c.getCourseId()), at);
    }

    /** As {@link #supersededByEdition}, among the person's certificates of the course already read ({@code c} among them). */
    private static Integer supersededBy(Certificate c, List<Certificate> samePersonAndCourse, Instant at) {
        List<HeldCertificate> same = samePersonAndCourse.stream().map(Certificate::held).toList();
        return EditionRules.supersededBy(c.held(), same, at).map(HeldCertificate::edition).orElse(null);
    }
}
