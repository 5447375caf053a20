package uk.safeguarding.training.certificate;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.test.context.TestComponent;
import uk.safeguarding.training.certificate.internal.CertificateExpiry;
import uk.safeguarding.training.certificate.internal.CertificateRepository;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.EnrolmentFixture;

/**
 * Certificates in the states the certificate rules tell apart, issued as in the application: a completion recorded by
 * the fixtures' administrator (or an assessment passed by the learner) announces itself, and the certificate feature
 * issues the certificate. The ages assume the course is valid for 12 months (the small test course and the shipped
 * one are) and the organisation's default 30-day expiring window.
 */
@TestComponent
public class CertificateFixture {

    private final EnrolmentFixture enrolments;
    private final CertificateRepository certificates;
    private final CertificateExpiry expiry;

    CertificateFixture(EnrolmentFixture enrolments, CertificateRepository certificates, CertificateExpiry expiry) {
        this.enrolments = enrolments;
        this.certificates = certificates;
        this.expiry = expiry;
    }

    /** Completed 60 days ago with 93%: valid and not near its expiry. */
    public Certificate valid(UserAccount person, PublishedCourse course) {
        return completedDaysAgo(person, course, 60, 93);
    }

    /** Completed 350 days ago: still valid, expiring within the month. */
    public Certificate expiring(UserAccount person, PublishedCourse course) {
        return completedDaysAgo(person, course, 350, 87);
    }

    /**
     * Completed 400 days ago, so expired, and the refresher assigned as the nightly expiry run would (that run goes
     * over every expired certificate of the application, as it does at start).
     */
    public Certificate expired(UserAccount person, PublishedCourse course) {
        Certificate certificate = completedDaysAgo(person, course, 400, 80);
        expiry.assignRefreshers();
        return certificates.findById(certificate.getId()).orElseThrow();
    }

    /** The certificate of a completion recorded {@code days} days ago with this score. */
    public Certificate completedDaysAgo(UserAccount person, PublishedCourse course, int days, int scorePercent) {
        enrolments.completed(person, course, Instant.now().minus(Duration.ofDays(days)), scorePercent);
        return newest(person);
    }

    /** Passed through the assessment with every answer right ({@link EnrolmentFixture#passedAssessment}); its certificate. */
    public Certificate throughTheAssessment(UserAccount person, PublishedCourse course) {
        enrolments.passedAssessment(person, course);
        return newest(person);
    }

    /** The person's newest certificate. */
    public Certificate newest(UserAccount person) {
        return certificates.findByUserIdOrderByIssuedAtDesc(person.getId()).getFirst();
    }
}
