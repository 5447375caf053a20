package uk.safeguarding.training.reminders.internal;

import java.util.Optional;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The mail sender reminders go through. Spring Boot creates one only when {@code spring.mail.host} is set, and with
 * Spring AOT ({@code -Dspring.aot.enabled=true}, the production start of decision 0004) that condition is decided
 * when the jar is built: a host given only at start-up created no sender and reminders were claimed but never
 * emailed (found by the cluster run). So when the context has no sender, one is made here from the
 * {@code spring.mail.*} settings as they are at start-up: host, port, username, password, protocol, encoding and
 * {@code spring.mail.properties.*} (not {@code spring.mail.ssl.bundle}, which needs a start without AOT).
 */
@Component
class ReminderMail {

    private final Optional<JavaMailSender> sender;

    ReminderMail(ObjectProvider<JavaMailSender> configured, Environment environment) {
        this.sender = Optional.ofNullable(configured.getIfAvailable()).or(() -> fromSettings(environment));
    }

    Optional<JavaMailSender> sender() {
        return sender;
    }

    static Optional<JavaMailSender> fromSettings(Environment environment) {
        MailProperties mail = Binder.get(environment).bind("spring.mail", MailProperties.class).orElseGet(MailProperties::new);
        if (mail.getHost() == null || mail.getHost().isBlank()) {
            return Optional.empty();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(mail.getHost());
        if (mail.getPort() != null) {
            sender.setPort(mail.getPort());
        }
        sender.setUsername(mail.getUsername());
        sender.setPassword(mail.getPassword());
        sender.setProtocol(mail.getProtocol());
        if (mail.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(mail.getDefaultEncoding().name());
        }
        Properties javaMail = new Properties();
        javaMail.putAll(mail.getProperties());
        sender.setJavaMailProperties(javaMail);
        return Optional.of(sender);
    }
}
