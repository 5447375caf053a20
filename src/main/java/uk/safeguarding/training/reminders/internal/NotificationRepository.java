package uk.safeguarding.training.reminders.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.safeguarding.training.reminders.Notification;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByUserIdAndReadAtIsNullOrderByCreatedAtDesc(long userId);

    List<Notification> findByUserIdOrderByCreatedAtDesc(long userId);
}
