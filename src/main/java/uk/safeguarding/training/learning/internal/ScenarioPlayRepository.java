package uk.safeguarding.training.learning.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.safeguarding.training.learning.ScenarioPlay;

public interface ScenarioPlayRepository extends JpaRepository<ScenarioPlay, Long> {

    /** The newest play of a scenario in a module, not one that belongs to an assessment attempt. */
    Optional<ScenarioPlay> findFirstByEnrolmentIdAndScenarioIdAndAttemptIdIsNullOrderByIdDesc(long enrolmentId,
                                                                                              String scenarioId);

    Optional<ScenarioPlay> findFirstByAttemptId(long attemptId);

    List<ScenarioPlay> findByEnrolmentIdOrderById(long enrolmentId);
}
