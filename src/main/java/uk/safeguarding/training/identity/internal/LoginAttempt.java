package uk.safeguarding.training.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Failed sign-ins for one typed email, whether or not an account has it: counting unknown emails too is what
 * keeps the lockout message from revealing which emails exist.
 */
@Entity
@Table(name = "login_attempt")
class LoginAttempt {

    @Id
    @Column(length = 320)
    private String email;

    @Version
    private long version;

    @Column(name = "failed_count", nullable = false)
    private int failedCount;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    protected LoginAttempt() {
    }

    LoginAttempt(String email) {
        this.email = email;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Records a failure; the fifth in a row locks the email until {@code now + lockDuration}. */
    void recordFailure(Instant now, int maxFailures, java.time.Duration lockDuration) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            lockedUntil = null;
            failedCount = 0;
        }
        failedCount++;
        lastFailureAt = now;
        if (failedCount >= maxFailures) {
            lockedUntil = now.plus(lockDuration);
            failedCount = 0;
        }
    }
}
