package uk.safeguarding.training.certificate.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed certificate look-ups from one address. Kept in the database so the limit holds across instances.
 */
@Entity
@Table(name = "verification_throttle")
public class VerificationThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final Duration BLOCK = Duration.ofMinutes(15);

    @Id
    @Column(length = 100)
    private String address;

    @Version
    private long version;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected VerificationThrottle() {
    }

    VerificationThrottle(String address, Instant now) {
        this.address = address;
        this.windowStart = now;
    }

    public boolean blocked(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil);
    }

    public Instant blockedUntil() {
        return blockedUntil;
    }

    void recordFailure(Instant now) {
        if (now.isAfter(windowStart.plus(WINDOW))) {
            windowStart = now;
            failures = 0;
        }
        failures++;
        if (failures >= MAX_FAILURES) {
            blockedUntil = now.plus(BLOCK);
            failures = 0;
            windowStart = now;
        }
    }
}
