package uk.safeguarding.training.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import uk.safeguarding.training.shared.AbstractEntity;

/** One recorded action. Never changed once written. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends AbstractEntity {

    @Column(nullable = false)
    private Instant at;
    @Column(nullable = false, length = 320)
    private String actor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;
    @Column(nullable = false, length = 500)
    private String subject;
    @Column(nullable = false, length = 4000)
    private String details;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actor, AuditAction action, String subject, String details) {
        this.at = at;
        this.actor = truncate(actor, 320);
        this.action = action;
        this.subject = truncate(subject, 500);
        this.details = truncate(details, 4000);
    }

    private static String truncate(String value, int max) {
        String v = value == null ? "" : value;
        return v.length() > max ? v.substring(0, max) : v;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetails() {
        return details;
    }
}
