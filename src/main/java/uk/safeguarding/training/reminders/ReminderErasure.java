package uk.safeguarding.training.reminders;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.reminders.internal.NotificationRepository;

/**
 * A person's reminders for data protection: listed in their own export, removed when they are erased. No role
 * check here: the data-protection services that call it check the caller.
 */
@Service
public class ReminderErasure {

    private final JdbcTemplate jdbc;
    private final NotificationRepository notifications;

    ReminderErasure(JdbcTemplate jdbc, NotificationRepository notifications) {
        this.jdbc = jdbc;
        this.notifications = notifications;
    }

    /** Every in-app notification the person has, read or not, newest first. */
    @Transactional(readOnly = true)
    public List<Notification> notificationsOf(long userId) {
        return notifications.findByUserIdOrderByCreatedAtDesc(userId);
    }

    /**
     * Deletes the person's notifications and the records of reminders sent to them. Idempotent.
     *
     * @return how many rows were deleted
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int deleteFor(long userId) {
        return jdbc.update("delete from notification where user_id = ?", userId)
                + jdbc.update("delete from reminder_sent where user_id = ?", userId);
    }
}
