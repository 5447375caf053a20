package uk.safeguarding.training.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.safeguarding.training.course.HeldCertificate;
import uk.safeguarding.training.shared.AbstractEntity;

/**
 * Proof of one completion. What it says (name, course, dates, score, issuer) is fixed when issued, so a later rename
 * or course change never alters a certificate someone already holds.
 */
@Entity
@Table(name = "certificate")
public class Certificate extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 32)
    private String code;
    @Column(name = "enrolment_id", nullable = false, unique = true)
    private long enrolmentId;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "course_id", nullable = false)
    private long courseId;
    @Column(name = "learner_name", nullable = false, length = 200)
    private String learnerName;
    @Column(name = "course_title", nullable = false, length = 300)
    private String courseTitle;
    @Column(name = "course_version_number", nullable = false)
    private int courseVersionNumber;
    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;
    @Column(name = "score_percent", nullable = false)
    private int scorePercent;
    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;
    @Column(name = "issuing_organisation", nullable = false, length = 200)
    private String issuingOrganisation;
    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoked_by", length = 320)
    private String revokedBy;
    @Column(name = "revoke_reason", length = 1000)
    private String revokeReason;
    @Column(name = "refresher_assigned_at")
    private Instant refresherAssignedAt;
    @Column(name = "details_withheld_at")
    private Instant detailsWithheldAt;
    @Column(name = "edition_number", nullable = false)
    private int editionNumber = 1;
    /** The full completion the validity counts from: the completion itself, or the one an update builds on. */
    @Column(name = "cycle_started_on", nullable = false)
    private LocalDate cycleStartedOn;
    /** How its PDF is written, fixed at issue: certificates issued before layouts existed are layout 1 (0036). */
    @Convert(converter = CertificateLayout.Column.class)
    @Column(name = "layout", nullable = false)
    private CertificateLayout layout = CertificateLayout.CURRENT;

    protected Certificate() {
    }

    public Certificate(String code, long enrolmentId, long userId, long courseId, String learnerName, String courseTitle,
                int courseVersionNumber, LocalDate completedOn, int scorePercent, LocalDate validUntil,
                String issuingOrganisation, Instant issuedAt) {
        this.code = code;
        this.enrolmentId = enrolmentId;
        this.userId = userId;
        this.courseId = courseId;
        this.learnerName = learnerName;
        this.courseTitle = courseTitle;
        this.courseVersionNumber = courseVersionNumber;
        this.completedOn = completedOn;
        this.scorePercent = scorePercent;
        this.validUntil = validUntil;
        this.issuingOrganisation = issuingOrganisation;
        this.issuedAt = issuedAt;
        this.cycleStartedOn = completedOn;
    }

    /** A certificate of a given edition, whose validity counts from the full completion on {@code cycleStartedOn}. */
    public Certificate(String code, long enrolmentId, long userId, long courseId, String learnerName, String courseTitle,
                       int courseVersionNumber, LocalDate completedOn, int scorePercent, LocalDate validUntil,
                       String issuingOrganisation, Instant issuedAt, int editionNumber, LocalDate cycleStartedOn) {
        this(code, enrolmentId, userId, courseId, learnerName, courseTitle, courseVersionNumber, completedOn, scorePercent,
                validUntil, issuingOrganisation, issuedAt);
        this.editionNumber = editionNumber;
        this.cycleStartedOn = cycleStartedOn;
    }

    public int getEditionNumber() {
        return editionNumber;
    }

    public LocalDate getCycleStartedOn() {
        return cycleStartedOn;
    }

    public CertificateLayout getLayout() {
        return layout;
    }

    /** The certificate as the edition rules see it. */
    public HeldCertificate held() {
        return new HeldCertificate(getId(), editionNumber, issuedAt, validUntil, revokedAt);
    }

    void revoke(Instant at, String by, String reason) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
            revokeReason = reason;
        }
    }

    /**
     * The holder's personal data was erased: the certificate stays verifiable as issued, but its name and the
     * revocation reason (which may name them) are overwritten. The course and dates stay for anonymous statistics
     * and are not shown.
     */
    void withholdDetails(Instant at) {
        if (detailsWithheldAt == null) {
            detailsWithheldAt = at;
            learnerName = WITHHELD;
            if (revokeReason != null) {
                revokeReason = WITHHELD;
            }
        }
    }

    /** The issuer a certificate names: the organisation's name, or the app's when none is set. */
    public static String issuerName(String organisationName) {
        return organisationName == null || organisationName.isBlank() ? "Safeguarding Training" : organisationName;
    }

    /** What replaces the learner's name once the details are withheld. */
    public static final String WITHHELD = "Details withheld";

    public boolean isDetailsWithheld() {
        return detailsWithheldAt != null;
    }

    public Instant getDetailsWithheldAt() {
        return detailsWithheldAt;
    }

    public String getCode() {
        return code;
    }

    public String getDisplayCode() {
        return CertificateCode.display(code);
    }

    public long getEnrolmentId() {
        return enrolmentId;
    }

    public long getUserId() {
        return userId;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getLearnerName() {
        return learnerName;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public int getCourseVersionNumber() {
        return courseVersionNumber;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public int getScorePercent() {
        return scorePercent;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getIssuingOrganisation() {
        return issuingOrganisation;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Instant getRefresherAssignedAt() {
        return refresherAssignedAt;
    }

    /**
     * Where a certificate stands on a given day, with the organisation's expiring window, not counting supersession
     * (which needs the holder's other certificates: {@link CertificateService#statusOf}).
     */
    public CertificateStatus statusOn(LocalDate today, uk.safeguarding.training.settings.ReminderTimings windows) {
        return CertificateStatus.of(isRevoked(), false, validUntil, today, windows);
    }
}
