package uk.safeguarding.training.learning.internal;

import java.util.List;
import java.util.Optional;
import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.learning.ScenarioPlay;

public interface ScenarioPlayRepository extends JpaRepository<ScenarioPlay, Long> {

    /** The newest play of a scenario in a module, not one that belongs to an assessment attempt. */
    Optional<ScenarioPlay> findFirstByEnrolmentIdAndScenarioIdAndAttemptIdIsNullOrderByIdDesc(long enrolmentId,
                                                                                              String scenarioId);

    Optional<ScenarioPlay> findFirstByAttemptId(long attemptId);

    List<ScenarioPlay> findByEnrolmentIdOrderById(long enrolmentId);

    /**
     * Stores one more step, but only while the play is still unfinished on the path the choice was made on: of any
     * number of identical requests at once, the database lets one change the row (the others wait for its lock, then
     * find the path changed) and the rest update nothing. Returns the number of rows changed, 1 or 0.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ScenarioPlay p set p.path = :after, p.endingId = :endingId, p.outcome = :outcome,"
            + " p.scorePercent = :percent, p.finishedAt = :finishedAt, p.version = p.version + 1"
            + " where p.id = :id and p.path = :before and p.finishedAt is null")
    int storeStep(long id, String before, String after, String endingId, EndingKind outcome, Integer percent,
                  Instant finishedAt);

    /** Finished module plays of a version, counted per scenario and path (the path decides the ending). */
    @Query("select p.scenarioId, p.path, count(p) from ScenarioPlay p where p.courseVersionId = :versionId"
            + " and p.finishedAt is not null and p.attemptId is null group by p.scenarioId, p.path")
    List<Object[]> pathCounts(long versionId);
}
