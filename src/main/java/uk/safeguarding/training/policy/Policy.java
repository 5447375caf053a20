package uk.safeguarding.training.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.safeguarding.training.shared.AbstractEntity;

/** A document people must read and acknowledge, such as the organisation's safeguarding policy; its text lives in versions. */
@Entity
@Table(name = "policy")
public class Policy extends AbstractEntity {

    public static final int MAX_TITLE = 300;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 320)
    private String createdBy;

    protected Policy() {
    }

    Policy(String title, Instant createdAt, String createdBy) {
        this.title = title;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public String getTitle() {
        return title;
    }

    void retitle(String newTitle) {
        this.title = newTitle;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
