package uk.safeguarding.training.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.safeguarding.training.shared.AbstractEntity;

/** A policy required of everyone in a unit and below, including people who join later, within a number of days. */
@Entity
@Table(name = "policy_unit_assignment")
public class PolicyUnitAssignment extends AbstractEntity {

    @Column(name = "policy_id", nullable = false)
    private long policyId;
    @Column(name = "unit_id", nullable = false)
    private long unitId;
    @Column(name = "due_days", nullable = false)
    private int dueDays;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 320)
    private String createdBy;

    protected PolicyUnitAssignment() {
    }

    PolicyUnitAssignment(long policyId, long unitId, int dueDays, Instant createdAt, String createdBy) {
        this.policyId = policyId;
        this.unitId = unitId;
        this.dueDays = dueDays;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public long getPolicyId() {
        return policyId;
    }

    public long getUnitId() {
        return unitId;
    }

    public int getDueDays() {
        return dueDays;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
