package uk.safeguarding.training.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.identity.EmailAddress;

/**
 * Locks an email for 15 minutes after 5 failed sign-ins in a row. State is in the database and changed only by
 * single statements, so every failure counts, on any number of instances (docs/decisions/0008).
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    /**
     * Sign-ins for one email take turns on this instance (4096 stripes by the email's hash, so memory stays fixed at
     * ~200 KB; with 256, most of 500 people signing in at once shared a stripe with someone, and waited while that
     * one waited for a password-check slot, decision 0030):
     * a burst of parallel guesses is then checked one after another, each seeing the failures before it, instead
     * of all being checked against a count that is still zero.
     */
    private static final int STRIPES = 4096;
    private final Duration turnWait;

    private final ReentrantLock[] turns = new ReentrantLock[STRIPES];
    private final LoginAttemptRepository attempts;
    private final TransactionTemplate ownTransaction;
    private final AuditLog audit;
    private final Clock clock;

    /**
     * The turn waits twice a password check's own wait (20 s by default): longer than 50 bcrypt checks in a row, so
     * parallel correct sign-ins of one person all get their turn, and longer than one earlier sign-in waiting for a
     * check slot (decision 0030) while it holds the turn, so an email that merely shares a stripe gets through.
     */
    LoginThrottle(LoginAttemptRepository attempts, PlatformTransactionManager transactions, AuditLog audit, Clock clock,
                  PasswordCheckProperties checks) {
        this.turnWait = checks.maxWait().multipliedBy(2);
        this.attempts = attempts;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.audit = audit;
        this.clock = clock;
        for (int i = 0; i < STRIPES; i++) {
            turns[i] = new ReentrantLock(true);
        }
    }

    /**
     * Runs one sign-in check for {@code email} when it is this email's turn on this instance.
     *
     * @throws TurnNotReached when earlier sign-ins of the email (or of one sharing its stripe) did not finish in time
     */
    <T> T inTurn(String email, Supplier<T> check) {
        ReentrantLock turn = turns[Math.floorMod(EmailAddress.normalise(email).hashCode(), STRIPES)];
        try {
            if (!turn.tryLock(turnWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TurnNotReached();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TurnNotReached();
        }
        try {
            return check.get();
        } finally {
            turn.unlock();
        }
    }

    static final class TurnNotReached extends RuntimeException {
        TurnNotReached() {
            super("Too many sign-ins for one email at once", null, false, false);
        }
    }

    @Transactional(readOnly = true)
    boolean isLocked(String email) {
        return attempts.findById(EmailAddress.normalise(email))
                .map(a -> a.isLocked(clock.instant()))
                .orElse(false);
    }

    /**
     * Counts a failed sign-in, committed before this returns, and audits the lock when this failure caused it.
     * One statement changes the row; the first failure of an email inserts it, and when a parallel first failure
     * inserted it in the meantime, counts on that row instead.
     */
    void recordFailure(String typedEmail) {
        String email = EmailAddress.normalise(typedEmail);
        Instant now = clock.instant();
        Instant lockUntil = now.plus(LOCK_DURATION);
        int failures;
        try {
            failures = ownTransaction.execute(tx -> countOrInsert(email, now, lockUntil));
        } catch (DataIntegrityViolationException parallelFirstFailure) {
            failures = ownTransaction.execute(tx -> countOrInsert(email, now, lockUntil));
        }
        if (failures == MAX_FAILURES) {
            audit.recordAs(email, AuditAction.ACCOUNT_LOCKED, email, "Locked for " + LOCK_DURATION.toMinutes()
                    + " minutes after " + MAX_FAILURES + " failed sign-ins");
        }
    }

    private int countOrInsert(String email, Instant now, Instant lockUntil) {
        if (attempts.countFailure(email, now, MAX_FAILURES, lockUntil) == 0) {
            attempts.insertFirstFailure(email, now);
        }
        // The row is locked by this transaction's change, so this reads its own count.
        return attempts.findById(email).map(LoginAttempt::failedCount).orElseThrow();
    }

    /** A correct password ends the run of failures (not a lock: that the caller refused already). */
    void recordSuccess(String typedEmail) {
        String email = EmailAddress.normalise(typedEmail);
        ownTransaction.executeWithoutResult(tx -> attempts.forgetFailures(email, clock.instant()));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String email = SignInInput.auditableEmail(event.getAuthentication().getName());
        audit.recordAs(email, AuditAction.SIGN_IN_FAILED, email, "Wrong email or password");
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onSuccess(AuthenticationSuccessEvent event) {
        String email = EmailAddress.normalise(event.getAuthentication().getName());
        audit.recordAs(email, AuditAction.SIGN_IN, email, "");
    }

    /** Forget old failures so the table does not grow with every mistyped or guessed email. */
    @Scheduled(cron = "0 17 3 * * *")
    @Transactional
    void forgetOldFailures() {
        attempts.deleteStale(clock.instant().minus(Duration.ofDays(1)));
    }
}
