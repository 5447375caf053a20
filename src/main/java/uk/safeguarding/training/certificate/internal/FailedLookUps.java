package uk.safeguarding.training.certificate.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The limit on failed certificate look-ups per client (docs/decisions/0009): ten codes that were not found in a
 * ten-minute window; past that, further codes that are not found are answered "too many attempts" until the window
 * ends. Only failures are limited, so a code that exists is always answered, whoever else shares the address: one
 * visitor (or a whole school behind one NAT address) cannot lock the others out of checking a real certificate.
 * Each failure is counted by one statement in its own transaction, so parallel look-ups are all counted, on any
 * number of instances.
 */
@Component
public class FailedLookUps {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int KEY_LENGTH = 100;

    private final VerificationThrottleRepository throttles;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    FailedLookUps(VerificationThrottleRepository throttles, PlatformTransactionManager transactions, Clock clock) {
        this.throttles = throttles;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Counts a look-up whose code was not found.
     *
     * @return when this client may have its next failure answered, if it is over the limit
     */
    public Optional<Instant> countFailure(String clientAddress) {
        String client = clientKey(clientAddress);
        Instant now = clock.instant();
        VerificationThrottle counted;
        try {
            counted = ownTransaction.execute(tx -> countOrInsert(client, now));
        } catch (DataIntegrityViolationException parallelFirstFailure) {
            counted = ownTransaction.execute(tx -> countOrInsert(client, now));
        }
        return counted.failures() > MAX_FAILURES ? Optional.of(counted.windowStart().plus(WINDOW)) : Optional.empty();
    }

    private VerificationThrottle countOrInsert(String client, Instant now) {
        if (throttles.countFailure(client, now, now.minus(WINDOW)) == 0) {
            throttles.insertFirstFailure(client, now);
        }
        return throttles.findById(client).orElseThrow();
    }

    /**
     * Whom a count belongs to: the address, except that an IPv6 client counts by its /64 network, which one
     * household or device is usually given whole (it could otherwise take a new address for every guess).
     */
    static String clientKey(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') >= 0 && address.matches("[0-9a-fA-F:.%a-zA-Z]+")) {
            try {
                byte[] ip = InetAddress.getByName(address.replaceAll("%.*$", "")).getAddress();
                if (ip.length == 16) {
                    StringBuilder network = new StringBuilder();
                    for (int i = 0; i < 8; i += 2) {
                        network.append(Integer.toHexString(((ip[i] & 0xff) << 8) | (ip[i + 1] & 0xff))).append(':');
                    }
                    return network.append(":/64").toString();
                }
            } catch (UnknownHostException notAnAddress) {
                // counted under the text as given
            }
        }
        return address.length() > KEY_LENGTH ? address.substring(0, KEY_LENGTH) : address;
    }

    /** Windows end after ten minutes; rows older than a day only fill the table. */
    @Scheduled(cron = "0 23 3 * * *")
    @Transactional
    void forgetOldFailures() {
        throttles.deleteStale(clock.instant().minus(Duration.ofDays(1)));
    }
}
