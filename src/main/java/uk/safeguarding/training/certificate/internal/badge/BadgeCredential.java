package uk.safeguarding.training.certificate.internal.badge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The random identifiers of one certificate's Open Badges credential (its id and its subject's id). */
@Entity
@Table(name = "badge_credential")
class BadgeCredential {

    @Id
    @Column(name = "certificate_id")
    private Long certificateId;
    @Version
    private long version;
    @Column(name = "credential_uuid", nullable = false, unique = true, length = 36)
    private String credentialUuid;
    @Column(name = "subject_uuid", nullable = false, length = 36)
    private String subjectUuid;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BadgeCredential() {
    }

    BadgeCredential(long certificateId, String credentialUuid, String subjectUuid, Instant createdAt) {
        this.certificateId = certificateId;
        this.credentialUuid = credentialUuid;
        this.subjectUuid = subjectUuid;
        this.createdAt = createdAt;
    }

    long certificateId() {
        return certificateId;
    }

    String credentialId() {
        return "urn:uuid:" + credentialUuid;
    }

    String subjectId() {
        return "urn:uuid:" + subjectUuid;
    }
}
