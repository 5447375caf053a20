package uk.safeguarding.training.dataprotection.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import uk.safeguarding.training.dataprotection.RetentionPolicy;

public interface RetentionPolicyRepository extends JpaRepository<RetentionPolicy, Long> {
}
