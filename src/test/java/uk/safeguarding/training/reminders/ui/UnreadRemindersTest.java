package uk.safeguarding.training.reminders.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import uk.safeguarding.training.reminders.Notification;
import uk.safeguarding.training.reminders.NotificationService;

/** The reminders' notices on My training, as the page gets them through shared.ui.PersonalNotices. */
class UnreadRemindersTest {

    private final NotificationService notifications = mock(NotificationService.class);
    private final UnreadReminders notices = new UnreadReminders(notifications);

    @Test
    void each_unread_reminder_is_a_notice_whose_button_dismisses_it_and_hides_it() {
        Notification reminder = new Notification(5, "Reminder: CSE awareness is due on 8 July 2026", Instant.EPOCH);
        ReflectionTestUtils.setField(reminder, "id", 42L);
        when(notifications.unread()).thenReturn(List.of(reminder));

        List<Component> shown = notices.forSignedInPerson();

        assertThat(shown).hasSize(1);
        Div note = (Div) shown.getFirst();
        assertThat(note.getText()).isEmpty(); // the message is in a child span, beside the button
        assertThat(note.getElement().getTextRecursively()).startsWith(reminder.getMessage());
        Button dismiss = note.getChildren().filter(Button.class::isInstance).map(Button.class::cast).findFirst().orElseThrow();
        assertThat(dismiss.getElement().getAttribute("aria-label")).isEqualTo("Dismiss: " + reminder.getMessage());
        verify(notifications, never()).dismiss(42L);

        dismiss.click();

        verify(notifications).dismiss(42L);
        assertThat(note.isVisible()).isFalse();
    }

    @Test
    void nothing_unread_shows_nothing() {
        when(notifications.unread()).thenReturn(List.of());
        assertThat(notices.forSignedInPerson()).isEmpty();
    }
}
