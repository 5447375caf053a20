package uk.safeguarding.training.policy.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.safeguarding.training.policy.PolicyVersion;

public interface PolicyVersionRepository extends JpaRepository<PolicyVersion, Long> {

    Optional<PolicyVersion> findFirstByPolicyIdOrderByNumberDesc(long policyId);

    List<PolicyVersion> findByPolicyIdOrderByNumberAsc(long policyId);
}
