package uk.safeguarding.training.policy.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.safeguarding.training.policy.Policy;

public interface PolicyRepository extends JpaRepository<Policy, Long> {

    List<Policy> findAllByOrderByTitleAsc();
}
