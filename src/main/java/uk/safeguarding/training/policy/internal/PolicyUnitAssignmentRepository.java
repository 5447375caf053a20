package uk.safeguarding.training.policy.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.safeguarding.training.policy.PolicyUnitAssignment;

public interface PolicyUnitAssignmentRepository extends JpaRepository<PolicyUnitAssignment, Long> {

    List<PolicyUnitAssignment> findByPolicyId(long policyId);
}
