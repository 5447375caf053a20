package uk.safeguarding.training.learning.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.safeguarding.training.learning.ScenarioPlay;

public interface ScenarioPlayRepository extends JpaRepository<ScenarioPlay, Long> {

    /** The newest play of a scenario in a module, not one that belongs to an assessment attempt. */
    Optional<ScenarioPlay> findFirstByEnrolmentIdAndScenarioIdAndAttemptIdIsNullOrderByIdDesc(long enrolmentId,
                                                                                              String scenarioId);

    Optional<ScenarioPlay> findFirstByAttemptId(long attemptId);

    List<ScenarioPlay> findByEnrolmentIdOrderById(long enrolmentId);

    /** Finished module plays of a version, counted per scenario and path (the path decides the ending). */
    @Query("select p.scenarioId, p.path, count(p) from ScenarioPlay p where p.courseVersionId = :versionId"
            + " and p.finishedAt is not null and p.attemptId is null group by p.scenarioId, p.path")
    List<Object[]> pathCounts(long versionId);
}
