package uk.safeguarding.training.audit;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.audit.internal.AuditEntryRepository;
import uk.safeguarding.training.audit.internal.AuditQuery;

/**
 * Records who did what. Entries join the caller's transaction when there is one, so an action that rolls back
 * leaves no entry claiming it happened.
 */
@Service
public class AuditLog {

    /** The role that may read the log. A literal, because identity (home of AppRoles) itself records here. */
    static final String ADMIN = "ADMIN";

    private final AuditEntryRepository entries;
    private final AuditQuery query;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, AuditQuery query, Clock clock) {
        this.entries = entries;
        this.query = query;
        this.clock = clock;
    }

    /** Records an action by the signed-in person (or "system" when nobody is signed in). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditAction action, String subject, String details) {
        recordAs(currentActor(), action, subject, details);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, AuditAction action, String subject, String details) {
        entries.save(new AuditEntry(clock.instant(), actor, action, subject, details));
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
