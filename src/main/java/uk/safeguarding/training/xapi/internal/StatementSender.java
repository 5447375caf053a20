package uk.safeguarding.training.xapi.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.safeguarding.training.xapi.XapiProperties;
import uk.safeguarding.training.xapi.internal.LrsClient.Answer;
import uk.safeguarding.training.xapi.internal.StatementOutbox.Pending;

/**
 * Sends the outbox to the LRS on every instance, person by person: claim the person's oldest statement, send it,
 * mark it, then the next. A failure puts the statement back with a later try (exponential backoff) and stops that
 * person's queue until then, so their later statements never overtake it. Runs outside any transaction: the claim,
 * each answer and each mark are committed on their own, so a crash at any point loses nothing, and at worst a
 * statement the LRS already had is sent again under its id, which the LRS ignores.
 */
@Component
class StatementSender {

    private static final Logger log = LoggerFactory.getLogger(StatementSender.class);
    private static final int PEOPLE_PER_RUN = 200;

    private final XapiProperties properties;
    private final StatementOutbox outbox;
    private final LrsClient lrs;
    private final Clock clock;

    StatementSender(XapiProperties properties, StatementOutbox outbox, LrsClient lrs, Clock clock) {
        this.properties = properties;
        this.outbox = outbox;
        this.lrs = lrs;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${training.xapi.send-interval:PT10S}", initialDelayString = "${training.xapi.send-interval:PT10S}")
    void scheduled() {
        if (properties.enabled()) {
            sendDue();
        }
    }

    /** @return how many statements the LRS accepted in this run */
    int sendDue() {
        int sent = 0;
        for (Pending head : outbox.sendableHeads(clock.instant(), PEOPLE_PER_RUN)) {
            Optional<Pending> next = Optional.of(head);
            while (next.isPresent()) {
                Pending statement = next.get();
                String token = UUID.randomUUID().toString();
                Instant now = clock.instant();
                if (!outbox.claim(statement.id(), token, now, now.plus(properties.claimFor()))) {
                    break; // another instance is sending this person's statements
                }
                Answer answer = lrs.put(statement.statementId(), statement.json());
                switch (answer.result()) {
                    case SENT -> {
                        outbox.markSent(statement.id(), token, clock.instant());
                        sent++;
                        next = outbox.sendableHeadOf(statement.userId(), clock.instant());
                    }
                    case REJECTED -> {
                        log.warn("The LRS rejected xAPI statement {} for good: {}", statement.statementId(), answer.detail());
                        outbox.markRejected(statement.id(), token, clock.instant(), answer.detail());
                        next = outbox.sendableHeadOf(statement.userId(), clock.instant());
                    }
                    case RETRY -> {
                        Instant later = clock.instant().plus(properties.delayAfter(statement.attempts() + 1));
                        log.info("xAPI statement {} not sent ({}); next try at {}", statement.statementId(),
                                answer.detail(), later);
                        outbox.retryAt(statement.id(), token, later, answer.detail());
                        next = Optional.empty();
                    }
                }
            }
        }
        return sent;
    }
}
