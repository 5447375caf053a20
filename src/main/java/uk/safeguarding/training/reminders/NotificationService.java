package uk.safeguarding.training.reminders;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.identity.CurrentUser;
import uk.safeguarding.training.reminders.internal.NotificationRepository;

/** The signed-in person's unread reminders. */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<Notification> unread() {
        return notifications.findByUserIdAndReadAtIsNullOrderByCreatedAtDesc(currentUser.require().id());
    }

    @Transactional
    public void dismiss(long notificationId) {
        long me = currentUser.require().id();
        notifications.findById(notificationId).filter(n -> n.getUserId() == me).ifPresent(n -> n.markRead(clock.instant()));
    }
}
