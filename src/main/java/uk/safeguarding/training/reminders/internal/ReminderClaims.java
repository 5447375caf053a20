package uk.safeguarding.training.reminders.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.reminders.Notification;

/**
 * Claims a reminder by its unique key before anything is sent: whoever inserts the key first sends it; a second
 * run, or another instance, finds the key taken and does nothing.
 */
@Component
class ReminderClaims {

    private final JdbcTemplate jdbc;
    private final NotificationRepository notifications;
    private final Clock clock;

    ReminderClaims(JdbcTemplate jdbc, NotificationRepository notifications, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** @return true when this call claimed the reminder (and stored the in-app notification, if any) */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean claim(String key, long userId, String kind, String notification) {
        try {
            jdbc.update("insert into reminder_sent (version, reminder_key, user_id, kind, sent_at, emailed) values (0, ?, ?, ?, ?, false)",
                    key, userId, kind, Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException alreadyClaimed) {
            return false;
        }
        if (notification != null) {
            notifications.save(new Notification(userId, notification, clock.instant()));
        }
        return true;
    }

    /** Records that the email went out; a reminder whose email failed stays in the app and in this record. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void markEmailed(String key) {
        jdbc.update("update reminder_sent set emailed = true where reminder_key = ?", key);
    }
}
