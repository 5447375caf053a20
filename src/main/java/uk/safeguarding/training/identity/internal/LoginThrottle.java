package uk.safeguarding.training.identity.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.identity.UserAccount;

/** Locks an email for 15 minutes after 5 failed sign-ins in a row. State is in the database, so it holds across instances. */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final LoginAttemptRepository attempts;
    private final AuditLog audit;
    private final Clock clock;

    LoginThrottle(LoginAttemptRepository attempts, AuditLog audit, Clock clock) {
        this.attempts = attempts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    boolean isLocked(String email) {
        return attempts.findById(UserAccount.normaliseEmail(email))
                .map(a -> a.isLocked(clock.instant()))
                .orElse(false);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String email = UserAccount.normaliseEmail(String.valueOf(event.getAuthentication().getName()));
        LoginAttempt attempt = attempts.findById(email).orElseGet(() -> new LoginAttempt(email));
        attempt.recordFailure(clock.instant(), MAX_FAILURES, LOCK_DURATION);
        attempts.save(attempt);
        audit.recordAs(email, AuditAction.SIGN_IN_FAILED, email, "Wrong email or password");
        if (attempt.isLocked(clock.instant())) {
            audit.recordAs(email, AuditAction.ACCOUNT_LOCKED, email, "Locked for " + LOCK_DURATION.toMinutes() + " minutes after "
                    + MAX_FAILURES + " failed sign-ins");
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onSuccess(AuthenticationSuccessEvent event) {
        String email = UserAccount.normaliseEmail(event.getAuthentication().getName());
        attempts.deleteById(email);
        audit.recordAs(email, AuditAction.SIGN_IN, email, "");
    }

    /** Forget old failures so the table does not grow with every mistyped or guessed email. */
    @Scheduled(cron = "0 17 3 * * *")
    @Transactional
    void forgetOldFailures() {
        attempts.deleteStale(clock.instant().minus(Duration.ofDays(1)));
    }
}
