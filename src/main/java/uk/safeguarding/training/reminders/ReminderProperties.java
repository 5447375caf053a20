package uk.safeguarding.training.reminders;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param from       the sender of reminder emails
 * @param appUrl     the address put in emails so people can go straight to their training
 */
@ConfigurationProperties("training.reminders")
@Validated
public record ReminderProperties(@NotBlank String from, @NotBlank String appUrl) {
}
