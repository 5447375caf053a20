package uk.safeguarding.training.dataprotection;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.certificate.CertificateErasure;
import uk.safeguarding.training.dataprotection.internal.PersonErasure;
import uk.safeguarding.training.dataprotection.internal.RetentionPolicyRepository;
import uk.safeguarding.training.identity.AccountErasure;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.CurrentUser;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.SignedInUser;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.TrainingRecords;
import uk.safeguarding.training.shared.Refusal;

/** The administrator's data-protection tools: the retention policy and erasing a person on request. */
@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRoles.ADMIN)
public class DataProtectionService {

    private final RetentionPolicyRepository policies;
    private final AccountErasure accounts;
    private final TrainingRecords training;
    private final CertificateErasure certificates;
    private final PersonErasure erasure;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    DataProtectionService(RetentionPolicyRepository policies, AccountErasure accounts, TrainingRecords training,
                          CertificateErasure certificates, PersonErasure erasure, CurrentUser currentUser, AuditLog audit,
                          Clock clock) {
        this.policies = policies;
        this.accounts = accounts;
        this.training = training;
        this.certificates = certificates;
        this.erasure = erasure;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    public RetentionPolicy policy() {
        return policies.findAll().getFirst();
    }

    /**
     * Changes both periods, or nothing: returns the problems (each naming its field), empty on success.
     */
    @Transactional
    public List<String> changePolicy(Integer keepRecordsYears, Integer keepAnswersMonths) {
        List<String> problems = RetentionPolicy.problems(keepRecordsYears, keepAnswersMonths);
        if (!problems.isEmpty()) {
            return problems;
        }
        RetentionPolicy policy = policy();
        String before = describe(policy.getKeepRecordsYears(), policy.getKeepAnswersMonths());
        policy.change(keepRecordsYears, keepAnswersMonths, clock.instant(), currentUser.require().email());
        audit.record(AuditAction.SETTINGS_CHANGED, "Retention policy",
                before + " changed to " + describe(keepRecordsYears, keepAnswersMonths));
        return List.of();
    }

    private static String describe(int years, int months) {
        return "records kept " + years + " year(s) after leaving, quiz answers " + months + " month(s)";
    }

    /** A person who may be erased, with what erasing them would affect, for the confirmation. */
    public record Candidate(long userId, String displayName, String email, String unit, boolean active,
                            java.time.LocalDate leftOn, int trainingRecords, int certificates) {
    }

    /** People (not yet erased) whose name or email contains the text; at most 50. */
    public List<Candidate> findPeople(String text) {
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        return accounts.search(text, 50).stream().map(this::candidate).toList();
    }

    private Candidate candidate(UserAccount u) {
        return new Candidate(u.getId(), u.getDisplayName(), u.getEmail(), u.getUnit().getName(), u.isActive(),
                u.getLeftOn(), training.historyOf(u.getId()).size(), certificates.certificatesOf(u.getId()).size());
    }

    /**
     * Erases a person on request: anonymises the account, deletes their quiz answers and reminders, withholds their
     * certificates' details and pseudonymises them in the audit log, keeping anonymous statistics.
     *
     * @throws Refusal for oneself, the last active administrator, or someone already erased
     */
    @Transactional
    public ErasureResult erase(long userId) {
        SignedInUser me = currentUser.require();
        if (me.id() == userId) {
            throw new Refusal("You cannot erase yourself; ask another administrator.");
        }
        UserAccount person = accounts.findNotErased(userId).orElseThrow(() -> new Refusal("There is no such person, or they are already erased."));
        if (person.isActive() && person.hasRole(Role.ADMIN) && accounts.activeAdministrators() <= 1) {
            throw new Refusal("This is the last active administrator; make someone else an administrator first.");
        }
        return erasure.erase(userId, me.email(), "Erased on request");
    }
}
