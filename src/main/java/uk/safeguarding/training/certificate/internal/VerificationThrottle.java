package uk.safeguarding.training.certificate.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Failed certificate look-ups from one client in the current window. Kept in the database so the limit holds across
 * instances, and changed only by single statements ({@link VerificationThrottleRepository}), so parallel look-ups
 * are all counted. (The table's {@code blocked_until} column is no longer used: a client over the limit is slowed
 * down for the rest of its window, not blocked; docs/decisions/0009.)
 */
@Entity
@Table(name = "verification_throttle")
public class VerificationThrottle {

    @Id
    @Column(length = 100)
    private String address;

    @Version
    private long version;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    protected VerificationThrottle() {
    }

    int failures() {
        return failures;
    }

    Instant windowStart() {
        return windowStart;
    }
}
