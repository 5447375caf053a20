package uk.safeguarding.training.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.safeguarding.training.shared.AbstractEntity;

/** A course a person must complete, by a date. A refresher is a new assignment when a completion expires. */
@Entity
@Table(name = "assignment")
public class Assignment extends AbstractEntity {

    public enum Reason { INITIAL, REFRESHER, RECORDED, UPDATE }

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by", nullable = false, length = 320)
    private String assignedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Reason reason;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** For an update: the completion it builds on. */
    @Column(name = "basis_enrolment_id")
    private Long basisEnrolmentId;

    /** For an update: the edition it brings the person to. */
    @Column(name = "edition_number")
    private Integer editionNumber;

    protected Assignment() {
    }

    Assignment(long userId, long courseId, LocalDate dueOn, Instant assignedAt, String assignedBy, Reason reason) {
        this.userId = userId;
        this.courseId = courseId;
        this.dueOn = dueOn;
        this.assignedAt = assignedAt;
        this.assignedBy = assignedBy;
        this.reason = reason;
    }

    /** An update of the changed modules of a new edition, building on an earlier completion. */
    static Assignment update(long userId, long courseId, LocalDate dueOn, Instant assignedAt, long basisEnrolmentId,
                             int editionNumber) {
        Assignment update = new Assignment(userId, courseId, dueOn, assignedAt, "edition " + editionNumber, Reason.UPDATE);
        update.basisEnrolmentId = basisEnrolmentId;
        update.editionNumber = editionNumber;
        return update;
    }

    public boolean isUpdate() {
        return reason == Reason.UPDATE;
    }

    public Long getBasisEnrolmentId() {
        return basisEnrolmentId;
    }

    public Integer getEditionNumber() {
        return editionNumber;
    }

    void close(Instant at) {
        if (closedAt == null) {
            closedAt = at;
        }
    }

    public long getUserId() {
        return userId;
    }

    public long getCourseId() {
        return courseId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Reason getReason() {
        return reason;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
