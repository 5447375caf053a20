package uk.safeguarding.training.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.safeguarding.training.shared.AbstractEntity;

/**
 * "I have read and understood": who, which version (by id and content hash) and when. Never changed or deleted; an
 * erased person's acknowledgements stay, anonymous, like their assignments (docs/decisions/0007).
 */
@Entity
@Table(name = "policy_acknowledgement")
public class PolicyAcknowledgement extends AbstractEntity {

    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "policy_id", nullable = false)
    private long policyId;
    @Column(name = "policy_version_id", nullable = false)
    private long policyVersionId;
    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;
    @Column(name = "acknowledged_at", nullable = false)
    private Instant acknowledgedAt;

    protected PolicyAcknowledgement() {
    }

    PolicyAcknowledgement(long userId, PolicyVersion version, Instant acknowledgedAt) {
        this.userId = userId;
        this.policyId = version.getPolicyId();
        this.policyVersionId = version.getId();
        this.contentHash = version.getContentHash();
        this.acknowledgedAt = acknowledgedAt;
    }

    public long getUserId() {
        return userId;
    }

    public long getPolicyId() {
        return policyId;
    }

    public long getPolicyVersionId() {
        return policyVersionId;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
