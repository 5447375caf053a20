package uk.safeguarding.training.certificate.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.certificate.Certificate;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.EditionPublished;
import uk.safeguarding.training.course.EditionRules;
import uk.safeguarding.training.course.HeldCertificate;
import uk.safeguarding.training.learning.UpdateAssignments;

/**
 * Assigns updates to the holders of certificates of an earlier edition: everyone at once when a new edition is
 * published (in the publishing transaction, so the edition and its updates are stored together or not at all), and
 * one person when a certificate of an older edition is issued after a newer one exists. Who needs an update, and by
 * when, is decided by {@link EditionRules} alone.
 */
@Component
class EditionUpdates {

    private static final Logger log = LoggerFactory.getLogger(EditionUpdates.class);

    private final CertificateRepository certificates;
    private final CourseCatalog catalog;
    private final UpdateAssignments updates;
    private final Clock clock;

    EditionUpdates(CertificateRepository certificates, CourseCatalog catalog, UpdateAssignments updates, Clock clock) {
        this.certificates = certificates;
        this.catalog = catalog;
        this.updates = updates;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(EditionPublished published) {
        Instant now = clock.instant();
        EditionRules rules = catalog.editions(published.courseId());
        Map<Long, List<Certificate>> byPerson = certificates
                .inDateForCourse(published.courseId(), now.atZone(clock.getZone()).toLocalDate()).stream()
                .collect(Collectors.groupingBy(Certificate::getUserId));
        int assigned = 0;
        for (var person : byPerson.entrySet()) {
            // Superseded and revoked certificates of the person count too: the rules decide which one counts.
            List<Certificate> all = certificates.findByUserIdAndCourseId(person.getKey(), published.courseId());
            if (assignIfRequired(rules, all, now)) {
                assigned++;
            }
        }
        log.info("Edition {} of course {} published: {} update(s) assigned", published.edition().number(),
                published.courseId(), assigned);
    }

    /** After a certificate is issued: one of an older edition than the one in force needs an update at once. */
    void afterIssue(Certificate issued) {
        EditionRules rules = catalog.editions(issued.getCourseId());
        assignIfRequired(rules, certificates.findByUserIdAndCourseId(issued.getUserId(), issued.getCourseId()),
                clock.instant());
    }

    private boolean assignIfRequired(EditionRules rules, List<Certificate> all, Instant now) {
        List<HeldCertificate> held = all.stream().map(Certificate::held).toList();
        EditionRules.Standing standing = rules.standingAt(held, now);
        if (standing.certificate().isEmpty() || standing.update().isEmpty()) {
            return false;
        }
        long counting = standing.certificate().get().id();
        Certificate basis = all.stream().filter(c -> c.getId() == counting).findFirst().orElseThrow();
        EditionRules.UpdateRequirement update = standing.update().get();
        return updates.assignUpdate(basis.getUserId(), basis.getCourseId(), basis.getEnrolmentId(), update.toEdition(),
                update.dueOn()).isPresent();
    }
}
