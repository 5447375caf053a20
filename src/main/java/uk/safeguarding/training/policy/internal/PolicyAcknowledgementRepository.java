package uk.safeguarding.training.policy.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.safeguarding.training.policy.PolicyAcknowledgement;

public interface PolicyAcknowledgementRepository extends JpaRepository<PolicyAcknowledgement, Long> {

    List<PolicyAcknowledgement> findByUserIdOrderByAcknowledgedAtAsc(long userId);

    boolean existsByUserIdAndPolicyVersionId(long userId, long policyVersionId);
}
