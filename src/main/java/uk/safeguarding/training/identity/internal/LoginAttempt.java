package uk.safeguarding.training.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Failed sign-ins for one typed email, whether or not an account has it: counting unknown emails too is what
 * keeps the lockout message from revealing which emails exist. Only ever changed by single SQL statements in
 * {@link LoginAttemptRepository} (never read, changed and saved), so parallel failures on any number of instances
 * are all counted (docs/decisions/0008).
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

    int failedCount() {
        return failedCount;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
