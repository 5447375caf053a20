package uk.safeguarding.training.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pseudonymises an erased person in the audit log: the entries stay (what happened, when), but the person's email and
 * name are replaced by a pseudonym wherever they appear. The log is otherwise append-only, so this writes with plain
 * SQL rather than through the immutable entity. Called by the data-protection service, which checks the caller.
 */
@Service
public class AuditErasure {

    private final JdbcTemplate jdbc;

    AuditErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces {@code email} (as actor, subject or inside the text) and {@code displayName} (inside the subject and
     * details) with {@code pseudonym}. Idempotent.
     *
     * @return how many entries were changed
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int pseudonymise(String email, String displayName, String pseudonym) {
        int changed = jdbc.update("""
                update audit_entry set actor = case when actor = ? then ? else actor end,
                       subject = replace(subject, ?, ?), details = replace(details, ?, ?)
                 where actor = ? or subject like ? or details like ?""",
                email, pseudonym, email, pseudonym, email, pseudonym, email, contains(email), contains(email));
        if (displayName != null && displayName.strip().length() >= 3) {
            String name = displayName.strip();
            changed += jdbc.update("""
                    update audit_entry set subject = replace(subject, ?, ?), details = replace(details, ?, ?)
                     where subject like ? or details like ?""",
                    name, pseudonym, name, pseudonym, contains(name), contains(name));
        }
        return changed;
    }

    /** A LIKE pattern matching text containing {@code value} literally. */
    private static String contains(String value) {
        return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
