package uk.safeguarding.training.certificate.internal;

import java.time.Instant;

/** Creates and updates throttle records for the verification service, keeping their rules in one place. */
public final class Throttles {

    private Throttles() {
    }

    public static VerificationThrottle create(String address, Instant now) {
        return new VerificationThrottle(address, now);
    }

    public static void fail(VerificationThrottle throttle, Instant now) {
        throttle.recordFailure(now);
    }
}
