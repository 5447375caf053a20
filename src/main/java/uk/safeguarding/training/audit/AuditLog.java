package uk.safeguarding.training.audit;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguarding.training.audit.internal.AuditEntryRepository;
import uk.safeguarding.training.audit.internal.AuditQuery;

/**
 * Records who did what. Entries join the caller's transaction when there is one, so an action that rolls back
 * leaves no entry claiming it happened. A read-only transaction (an export, a report) changes nothing that could roll
 * back, and PostgreSQL refuses any write in it, so there the entry is written in a transaction of its own.
 */
@Service
public class AuditLog {

    /** The role that may read the log. A literal, because identity (home of AppRoles) itself records here. */
    static final String ADMIN = "ADMIN";

    private final AuditEntryRepository entries;
    private final AuditQuery query;
    private final Clock clock;

    private final TransactionTemplate ownTransaction;

    AuditLog(AuditEntryRepository entries, AuditQuery query, Clock clock, PlatformTransactionManager transactions) {
        this.entries = entries;
        this.query = query;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records an action by the signed-in person (or "system" when nobody is signed in). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditAction action, String subject, String details) {
        recordAs(currentActor(), action, subject, details);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, AuditAction action, String subject, String details) {
        AuditEntry entry = new AuditEntry(clock.instant(), actor, action, subject, details);
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            ownTransaction.executeWithoutResult(status -> entries.save(entry));
        } else {
            entries.save(entry);
        }
    }

    @Transactional(readOnly = true)
    @RolesAllowed(ADMIN)
    public List<AuditEntry> recent() {
        return entries.findTop500ByOrderByAtDesc();
    }

    /** How many entries the filter matches. */
    @Transactional(readOnly = true)
    @RolesAllowed(ADMIN)
    public long count(AuditFilter filter) {
        return query.count(filter, clock.getZone());
    }

    /** One page of the entries the filter matches, newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed(ADMIN)
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        return query.page(filter, clock.getZone(), offset, limit);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> byAction(AuditAction action) {
        return entries.findByActionOrderByAtDesc(action);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "system" : authentication.getName();
    }
}
