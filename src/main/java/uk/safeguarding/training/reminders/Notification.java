package uk.safeguarding.training.reminders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.safeguarding.training.shared.AbstractEntity;

/** A reminder shown on the learner's home page, whether or not an email could be sent. */
@Entity
@Table(name = "notification")
public class Notification extends AbstractEntity {

    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(nullable = false, length = 1000)
    private String message;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(long userId, String message, Instant createdAt) {
        this.userId = userId;
        this.message = message;
        this.createdAt = createdAt;
    }

    public long getUserId() {
        return userId;
    }

    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
