package uk.safeguarding.training.certificate.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.certificate.Certificate;
import uk.safeguarding.training.certificate.CertificateCode;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.CourseVersion;
import uk.safeguarding.training.learning.UpdateAssignments;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.CourseCompleted;
import uk.safeguarding.training.settings.OrganisationService;

/**
 * Issues the certificate for a completion, in the same transaction as the completion: both are stored, or neither.
 * One completion, one certificate: a repeated event finds the certificate already there.
 */
@Component
class CertificateIssuer {

    private static final Logger log = LoggerFactory.getLogger(CertificateIssuer.class);

    private final CertificateRepository certificates;
    private final IdentityService identity;
    private final CourseCatalog catalog;
    private final OrganisationService organisation;
    private final Clock clock;
    private final UpdateAssignments updates;
    private final EditionUpdates editionUpdates;

    CertificateIssuer(CertificateRepository certificates, IdentityService identity, CourseCatalog catalog,
                      OrganisationService organisation, Clock clock, UpdateAssignments updates,
                      EditionUpdates editionUpdates) {
        this.updates = updates;
        this.editionUpdates = editionUpdates;
        this.certificates = certificates;
        this.identity = identity;
        this.catalog = catalog;
        this.organisation = organisation;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CourseCompleted completed) {
        if (certificates.findByEnrolmentId(completed.enrolmentId()).isPresent()) {
            return;
        }
        UserAccount learner = identity.findById(completed.userId()).orElseThrow();
        CourseDefinition course = catalog.definition(completed.courseVersionId());
        CourseVersion version = catalog.version(completed.courseVersionId()).orElseThrow();
        LocalDate completedOn = completed.completedAt().atZone(clock.getZone()).toLocalDate();
        // An update's certificate keeps the refresher cycle of the full completion it builds on (decision 0018).
        LocalDate cycleStartedOn = completed.basisEnrolmentId() == null ? completedOn
                : updates.fullCompletionOn(completed.enrolmentId());
        String issuer = organisation.profile().name();
        Certificate certificate = certificates.save(new Certificate(CertificateCode.generate(), completed.enrolmentId(),
                completed.userId(), completed.courseId(), learner.getDisplayName(), course.title(), version.getNumber(),
                completedOn, completed.scorePercent(), course.validUntil(cycleStartedOn),
                Certificate.issuerName(issuer), clock.instant(), version.getEditionNumber(),
                cycleStartedOn));
        log.info("Issued certificate {} for enrolment {}", certificate.getId(), completed.enrolmentId());
        editionUpdates.afterIssue(certificate);
    }
}
