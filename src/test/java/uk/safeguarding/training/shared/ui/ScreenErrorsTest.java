package uk.safeguarding.training.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.server.ErrorEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.shared.Refusal;

class ScreenErrorsTest {

    private final List<String> shown = new ArrayList<>();
    private final ScreenErrors errors = new ScreenErrors((ui, message) -> shown.add(message));
    private final Logger log = (Logger) LoggerFactory.getLogger(ScreenErrors.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        log.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        log.detachAppender(logged);
    }

    @Test
    void a_refusal_is_shown_in_its_own_words_and_not_logged_as_an_error() {
        errors.error(new ErrorEvent(new Refusal("You cannot erase yourself; ask another administrator.")));
        assertThat(shown).containsExactly("You cannot erase yourself; ask another administrator.");
        assertThat(logged.list).noneMatch(e -> e.getLevel() == Level.ERROR);
    }

    @Test
    void a_refusal_wrapped_by_the_framework_is_still_found() {
        errors.error(new ErrorEvent(new RuntimeException(new ExecutionException(new Refusal("The draft changed meanwhile.")))));
        assertThat(shown).containsExactly("The draft changed meanwhile.");
    }

    @Test
    void anything_else_shows_a_generic_message_without_internals_and_is_logged_in_full() {
        IllegalStateException bug = new IllegalStateException("could not execute statement [insert into user_account ...]");
        errors.error(new ErrorEvent(bug));
        assertThat(shown).singleElement().isEqualTo(ScreenErrors.GENERIC);
        assertThat(shown.getFirst()).doesNotContain("insert", "Exception", "at uk.");
        assertThat(logged.list).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.ERROR);
            assertThat(e.getThrowableProxy().getMessage()).contains("insert into user_account");
        });
    }

    /** A plain IllegalArgumentException may carry a programmer's message (ids, class names): it is not a refusal. */
    @Test
    void a_plain_illegal_argument_is_not_taken_for_a_refusal() {
        errors.error(new ErrorEvent(new IllegalArgumentException("Unknown unit 42")));
        assertThat(shown).containsExactly(ScreenErrors.GENERIC);
    }

    @Test
    void a_missing_permission_is_said_in_plain_words() {
        errors.error(new ErrorEvent(new AccessDeniedException("Access Denied")));
        assertThat(shown).containsExactly(ScreenErrors.NOT_ALLOWED);
    }

    @Test
    void a_refusal_without_words_falls_back_to_the_generic_message() {
        errors.error(new ErrorEvent(new Refusal(" ")));
        assertThat(shown).containsExactly(ScreenErrors.GENERIC);
    }
}
