package uk.safeguarding.training.learning.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.safeguarding.training.learning.ModuleProgress;

public interface ModuleProgressRepository extends JpaRepository<ModuleProgress, Long> {

    List<ModuleProgress> findByEnrolmentId(long enrolmentId);

    Optional<ModuleProgress> findByEnrolmentIdAndModuleId(long enrolmentId, String moduleId);
}
