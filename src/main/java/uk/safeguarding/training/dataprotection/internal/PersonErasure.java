package uk.safeguarding.training.dataprotection.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditErasure;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.certificate.CertificateErasure;
import uk.safeguarding.training.dataprotection.ErasureResult;
import uk.safeguarding.training.identity.AccountErasure;
import uk.safeguarding.training.identity.AccountErasure.ErasedAccount;
import uk.safeguarding.training.learning.TrainingRecords;
import uk.safeguarding.training.quiz.AnswerRetention;
import uk.safeguarding.training.reminders.ReminderErasure;
import uk.safeguarding.training.xapi.XapiErasure;

/**
 * Erases one person, in the caller's transaction: each feature removes or pseudonymises its own data, then the
 * erasure is audited under the pseudonym. What stays is anonymous: the account (as "Erased person"), its unit, its
 * assignments, enrolments and attempt scores, so counts by unit and course do not change.
 */
@Component
public class PersonErasure {

    private final AccountErasure accounts;
    private final TrainingRecords training;
    private final AnswerRetention answers;
    private final CertificateErasure certificates;
    private final ReminderErasure reminders;
    private final AuditErasure auditErasure;
    private final XapiErasure xapi;
    private final AuditLog audit;

    PersonErasure(AccountErasure accounts, TrainingRecords training, AnswerRetention answers,
                  CertificateErasure certificates, ReminderErasure reminders, AuditErasure auditErasure, XapiErasure xapi,
                  AuditLog audit) {
        this.accounts = accounts;
        this.training = training;
        this.answers = answers;
        this.certificates = certificates;
        this.reminders = reminders;
        this.auditErasure = auditErasure;
        this.xapi = xapi;
        this.audit = audit;
    }

    /**
     * @param actor  who erases, for the audit entry ("system" for the retention job)
     * @param reason why, recorded in the audit entry (for example "on request" or "retention period over")
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ErasureResult erase(long userId, String actor, String reason) {
        ErasedAccount account = accounts.anonymise(userId);
        int attempts = answers.deleteAnswersOf(training.enrolmentIdsOf(userId));
        int withheld = certificates.withholdDetailsOf(userId);
        int deleted = reminders.deleteFor(userId);
        int statements = xapi.deleteFor(userId);
        int pseudonymised = auditErasure.pseudonymise(account.formerEmail(), account.formerName(), account.pseudonym());
        String details = reason + ". Quiz answers deleted from " + attempts + " attempt(s); " + withheld
                + " certificate(s) now verifiable only as issued, details withheld; " + deleted
                + " reminder record(s) deleted; " + statements + " xAPI statement(s) deleted (unsent ones are never sent); "
                + pseudonymised + " audit entries pseudonymised.";
        audit.recordAs(actor, AuditAction.PERSON_ERASED, account.pseudonym(), details);
        return new ErasureResult(account.pseudonym(), attempts, withheld, deleted, pseudonymised);
    }
}
