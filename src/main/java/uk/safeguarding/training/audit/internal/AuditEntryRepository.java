package uk.safeguarding.training.audit.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditEntry;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByActionOrderByAtDesc(AuditAction action);

    List<AuditEntry> findTop500ByOrderByAtDesc();
}
