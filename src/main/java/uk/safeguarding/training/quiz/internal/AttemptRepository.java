package uk.safeguarding.training.quiz.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import uk.safeguarding.training.quiz.Attempt;

public interface AttemptRepository extends JpaRepository<Attempt, Long> {

    List<Attempt> findByEnrolmentIdOrderByNumberAsc(long enrolmentId);

    Optional<Attempt> findFirstByEnrolmentIdAndSubmittedAtIsNullOrderByNumberDesc(long enrolmentId);

    /**
     * What the attempt rules need of past attempts (how many, how many passed, the last submission), without loading
     * their questions and answers: one row, however many attempts there are.
     */
    @Query("select count(a), sum(case when a.passed = true then 1 else 0 end), max(a.submittedAt) from Attempt a"
            + " where a.enrolmentId = :enrolmentId and a.submittedAt is not null")
    List<Object[]> submittedSummary(long enrolmentId);

    long countByEnrolmentId(long enrolmentId);

    /**
     * Stores the grading only if nobody has yet: the condition on {@code submitted_at} makes a double click, a
     * retried request or a second tab a no-op, on one instance or several. It does not clear the persistence
     * context (the caller's entities stay managed); the caller detaches the attempt it graded.
     *
     * <p>Native SQL on purpose: Hibernate translates a JPQL bulk update to SQL on every execution, which was about
     * two fifths of the CPU of a whole submit (decision 0017); this is the same statement, written once.
     */
    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            update attempt set submitted_at = :at, answers_json = :answers, correct_count = :correct,
                   score_percent = :score, passed = :passed
             where id = :id and submitted_at is null""")
    int recordGrading(long id, Instant at, String answers, int correct, int score, boolean passed);

    /** Data protection: forgets the individual answers, keeping the score and the pass outcome. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Attempt a set a.answersJson = null where a.enrolmentId in :enrolmentIds and a.answersJson is not null")
    int deleteAnswersOfEnrolments(java.util.Collection<Long> enrolmentIds);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Attempt a set a.answersJson = null where a.submittedAt < :before and a.answersJson is not null")
    int deleteAnswersSubmittedBefore(Instant before);
}
