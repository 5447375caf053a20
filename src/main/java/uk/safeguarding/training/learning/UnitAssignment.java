package uk.safeguarding.training.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.safeguarding.training.shared.AbstractEntity;

/** A course assigned to a whole unit and everything below it, including people who join later. */
@Entity
@Table(name = "unit_assignment")
public class UnitAssignment extends AbstractEntity {

    @Column(name = "unit_id", nullable = false)
    private long unitId;
    @Column(name = "course_id", nullable = false)
    private long courseId;
    @Enumerated(EnumType.STRING)
    @Column(name = "due_rule", nullable = false, length = 20)
    private DueDateRule.Kind dueRule;
    @Column(name = "fixed_due_on")
    private LocalDate fixedDueOn;
    @Column(name = "days_after_joining")
    private Integer daysAfterJoining;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 320)
    private String createdBy;

    protected UnitAssignment() {
    }

    UnitAssignment(long unitId, long courseId, DueDateRule rule, Instant createdAt, String createdBy) {
        this.unitId = unitId;
        this.courseId = courseId;
        this.dueRule = rule.kind();
        this.fixedDueOn = rule.fixedDate();
        this.daysAfterJoining = rule.kind() == DueDateRule.Kind.DAYS_AFTER_JOINING ? rule.daysAfterJoining() : null;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public long getUnitId() {
        return unitId;
    }

    public long getCourseId() {
        return courseId;
    }

    public DueDateRule rule() {
        return new DueDateRule(dueRule, fixedDueOn, daysAfterJoining == null ? 0 : daysAfterJoining);
    }
}
