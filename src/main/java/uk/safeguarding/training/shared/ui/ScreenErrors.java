package uk.safeguarding.training.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.shared.Refusal;

/**
 * The one place where a screen shows what went wrong with the person's last action: a {@link Refusal} with its own
 * message (it was written for them), a missing permission in plain words, and anything else as a generic message
 * with no stack trace or internal detail, logged in full for the people who run the service. Installed for every
 * session by {@link ScreenErrorsInstaller}, so views need no catch block of their own unless they show the message
 * beside a field.
 */
public final class ScreenErrors implements ErrorHandler {

    static final String GENERIC = "Something went wrong, and what you last did may not have been saved. "
            + "Try again; if it keeps happening, tell your administrator the time it happened.";
    static final String NOT_ALLOWED = "You do not have permission to do that.";

    private static final Logger LOG = LoggerFactory.getLogger(ScreenErrors.class);

    private final BiConsumer<Optional<UI>, String> show;

    public ScreenErrors() {
        this(ScreenErrors::notify);
    }

    /** @param show how the message reaches the person's screen (tests record it instead) */
    ScreenErrors(BiConsumer<Optional<UI>, String> show) {
        this.show = show;
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable thrown = event.getThrowable();
        String message = messageFor(thrown);
        if (GENERIC.equals(message)) {
            LOG.error("Unexpected error behind a screen", thrown);
        } else {
            LOG.debug("Refused: {}", message);
        }
        Optional<UI> ui = event.getComponent().flatMap(Component::getUI).or(() -> Optional.ofNullable(UI.getCurrent()));
        show.accept(ui, message);
    }

    /** What the person reads: a refusal's own message (however deeply Vaadin wrapped it), or a generic one. */
    static String messageFor(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Refusal refusal && refusal.getMessage() != null && !refusal.getMessage().isBlank()) {
                return refusal.getMessage();
            }
            if (t instanceof AccessDeniedException) {
                return NOT_ALLOWED;
            }
        }
        return GENERIC;
    }

    /**
     * An error notification that stays until closed or for a while, announced as an alert. Shown at once when this
     * thread holds the session (a click, or a background task's {@code ui.access}), so it travels with the response
     * that carries the failed action's other changes; queued otherwise.
     */
    private static void notify(Optional<UI> ui, String message) {
        ui.ifPresent(current -> {
            if (current.getSession() != null && current.getSession().hasLock()) {
                open(current, message);
            } else {
                current.access(() -> open(current, message));
            }
        });
    }

    private static void open(UI ui, String message) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setDuration(10_000);
        Div text = new Div(message);
        text.addClassName("screen-error");
        text.getElement().setAttribute("role", "alert");
        Button close = new Button("Close", e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Div content = new Div(text, close);
        content.addClassName("screen-error-content");
        notification.add(content);
        UI before = UI.getCurrent();
        UI.setCurrent(ui);
        try {
            notification.open();
        } finally {
            UI.setCurrent(before);
        }
    }
}
