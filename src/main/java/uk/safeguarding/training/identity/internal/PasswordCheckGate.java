package uk.safeguarding.training.identity.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Bounds how many password checks run at once on this instance (docs/decisions/0030). A bcrypt check costs about a
 * tenth of a CPU-second by design; 500 people pressing Sign in within seconds on a 2-core machine otherwise take
 * every core for tens of seconds, and page turns and the load balancer's readiness probe wait behind them. Here at
 * most {@code concurrent} checks run; the rest wait their turn in arrival order (a fair semaphore), at most
 * {@code maxWaiting} of them and each at most {@code maxWait}; beyond that the sign-in is turned away unchecked with
 * {@link Busy}, which the sign-in answers with "try again in a moment".
 */
@Component
class PasswordCheckGate {

    private final Semaphore checks;
    private final int concurrent;
    private final Duration maxWait;
    private final int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();

    @Autowired
    PasswordCheckGate(PasswordCheckProperties properties) {
        this(properties.effectiveConcurrent(Runtime.getRuntime().availableProcessors()), properties.maxWait(),
                properties.maxWaiting());
        // Operators size instances by it: say what this instance chose from its processors.
        LoggerFactory.getLogger(PasswordCheckGate.class).info("Password checks: {} at once, up to {} waiting for at most {}",
                concurrent, maxWaiting, maxWait);
    }

    PasswordCheckGate(int concurrent, Duration maxWait, int maxWaiting) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("At least one password check at a time, not " + concurrent);
        }
        this.checks = new Semaphore(concurrent, true);
        this.concurrent = concurrent;
        this.maxWait = maxWait;
        this.maxWaiting = maxWaiting;
    }

    /**
     * Runs one password check when a check slot is free.
     *
     * @throws Busy without running the check, when too many are waiting already or no slot freed within the wait
     */
    <T> T check(Supplier<T> passwordCheck) {
        // A free slot with nobody queued is taken at once; the timed form keeps the arrival order (the untimed
        // tryAcquire() would barge ahead of people already waiting).
        if (!acquire(0)) {
            awaitSlot();
        }
        try {
            return passwordCheck.get();
        } finally {
            checks.release();
        }
    }

    private void awaitSlot() {
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            throw new Busy();
        }
        try {
            if (!acquire(maxWait.toNanos())) {
                throw new Busy();
            }
        } finally {
            waiting.decrementAndGet();
        }
    }

    private boolean acquire(long nanos) {
        try {
            return checks.tryAcquire(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
    }

    int concurrent() {
        return concurrent;
    }

    /** Sign-ins waiting for a slot right now (counted before they queue). */
    int waiting() {
        return waiting.get();
    }

    /** Sign-ins queued on the semaphore itself, in arrival order. */
    int queued() {
        return checks.getQueueLength();
    }

    /** No password was checked: the caller must neither count a failure nor accept the sign-in. */
    static final class Busy extends RuntimeException {
        Busy() {
            super("Too many password checks at once", null, false, false);
        }
    }
}
