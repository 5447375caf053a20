package uk.safeguarding.training.identity.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many password sign-ins one instance checks at once (docs/decisions/0030).
 *
 * @param concurrent how many bcrypt checks run at once; 0 (the default) means half the processors, at least one,
 *                   so a burst of sign-ins leaves CPU for page turns and the readiness probe
 * @param maxWait    how long a sign-in waits for its turn before the person is asked to try again in a moment
 * @param maxWaiting how many sign-ins may wait at once; any more are asked to try again at once, so waiting sign-ins
 *                   cannot take every request thread of the instance
 */
@ConfigurationProperties("training.identity.password-checks")
@Validated
record PasswordCheckProperties(@DefaultValue("0") @Min(0) int concurrent,
                               @DefaultValue("10s") @NotNull Duration maxWait,
                               @DefaultValue("50") @Min(0) int maxWaiting) {

    /** The number of checks at once: as configured, or half the processors this JVM sees (at least one). */
    int effectiveConcurrent(int processors) {
        return concurrent > 0 ? concurrent : Math.max(1, processors / 2);
    }
}
