package uk.safeguarding.training.reminders.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import uk.safeguarding.training.reminders.Notification;
import uk.safeguarding.training.reminders.NotificationService;
import uk.safeguarding.training.shared.ui.PersonalNotices;

/** The signed-in person's unread reminders, each with a button that dismisses it, shown on My training. */
@org.springframework.stereotype.Component
class UnreadReminders implements PersonalNotices {

    private final NotificationService notifications;

    UnreadReminders(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public List<Component> forSignedInPerson() {
        return notifications.unread().stream().map(this::notice).toList();
    }

    private Component notice(Notification notification) {
        Div note = new Div(new Span(notification.getMessage()));
        note.addClassName("notification");
        Button dismiss = new Button("Dismiss", e -> {
            notifications.dismiss(notification.getId());
            note.setVisible(false);
        });
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dismiss.setAriaLabel("Dismiss: " + notification.getMessage());
        note.add(dismiss);
        return note;
    }
}
