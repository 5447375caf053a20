package uk.safeguarding.training.dataprotection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.dataprotection.RetentionOutcome;
import uk.safeguarding.training.dataprotection.RetentionPolicy;
import uk.safeguarding.training.identity.AccountErasure;
import uk.safeguarding.training.quiz.AnswerRetention;

/**
 * Applies the retention policy as of a given day: erases everyone whose records period after leaving is over, and
 * deletes quiz answers older than the answers period. Every step skips what is already done, so applying it again
 * (a second run, a second instance) changes nothing. Each person is erased in their own transaction, so one failure
 * does not undo the others.
 */
@Component
public class Retention {

    static final String ACTOR = "system";
    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final RetentionPolicyRepository policies;
    private final AccountErasure accounts;
    private final PersonErasure erasure;
    private final AnswerRetention answers;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final ZoneId zone;

    Retention(RetentionPolicyRepository policies, AccountErasure accounts, PersonErasure erasure,
              AnswerRetention answers, AuditLog audit, TransactionTemplate transactions, Clock clock) {
        this.zone = clock.getZone();
        this.policies = policies;
        this.accounts = accounts;
        this.erasure = erasure;
        this.answers = answers;
        this.audit = audit;
        this.transactions = transactions;
    }

    public RetentionOutcome apply(LocalDate today) {
        RetentionPolicy policy = policies.findAll().getFirst();
        int erased = 0;
        int failures = 0;
        for (long userId : accounts.leftBefore(policy.eraseLeaversBefore(today))) {
            try {
                transactions.executeWithoutResult(status -> erasure.erase(userId, ACTOR,
                        "Retention period over: left more than " + policy.getKeepRecordsYears() + " year(s) ago"));
                erased++;
            } catch (RuntimeException e) {
                failures++;
                log.warn("Could not erase person {} under the retention policy: {}", userId, e.toString());
            }
        }
        LocalDate answersBefore = policy.deleteAnswersBefore(today);
        Integer deleted = transactions.execute(status ->
                answers.deleteAnswersSubmittedBefore(answersBefore.atStartOfDay(zone).toInstant()));
        RetentionOutcome outcome = new RetentionOutcome(erased, deleted == null ? 0 : deleted, failures);
        transactions.executeWithoutResult(status -> audit.recordAs(ACTOR, AuditAction.RETENTION_APPLIED,
                "Retention policy on " + today, outcome.peopleErased() + " person(s) erased (left before "
                        + policy.eraseLeaversBefore(today) + "); quiz answers deleted from " + outcome.attemptsWithoutAnswers()
                        + " attempt(s) submitted before " + answersBefore + "; " + outcome.failures() + " failure(s)."));
        if (erased + outcome.attemptsWithoutAnswers() + failures > 0) {
            log.info("Retention on {}: {}", today, outcome);
        }
        return outcome;
    }
}
