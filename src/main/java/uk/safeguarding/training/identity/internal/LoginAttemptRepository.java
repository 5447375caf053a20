package uk.safeguarding.training.identity.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The lockout's counts, changed only by single statements: the database serialises them on the row, so no failure
 * is lost to a parallel one (a read-change-save on a versioned row lost them to optimistic-lock conflicts).
 */
interface LoginAttemptRepository extends JpaRepository<LoginAttempt, String> {

    /**
     * Counts one failure. An expired lock starts a new count; the {@code maxFailures}-th failure locks until
     * {@code lockUntil}. The right-hand sides read the row as it was before this statement (SQL semantics).
     *
     * @return rows changed: 0 when the email has no row yet
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update LoginAttempt a set
              a.failedCount = case when a.lockedUntil is not null and a.lockedUntil <= :now then 1
                                   else a.failedCount + 1 end,
              a.lockedUntil = case when a.lockedUntil is not null and a.lockedUntil <= :now then null
                                   when a.lockedUntil is null and a.failedCount + 1 >= :maxFailures then :lockUntil
                                   else a.lockedUntil end,
              a.lastFailureAt = :now,
              a.version = a.version + 1
            where a.email = :email""")
    int countFailure(String email, Instant now, int maxFailures, Instant lockUntil);

    /** The first failure of an email; a parallel first failure makes this fail on the primary key. */
    @Modifying
    @Query(value = "insert into login_attempt (email, version, failed_count, locked_until, last_failure_at) "
            + "values (:email, 0, 1, null, :now)", nativeQuery = true)
    void insertFirstFailure(String email, Instant now);

    /** A correct password clears the count, unless the email is locked; deleting a missing row is no error. */
    @Modifying
    @Query("delete from LoginAttempt a where a.email = :email and (a.lockedUntil is null or a.lockedUntil <= :now)")
    int forgetFailures(String email, Instant now);

    @Modifying
    @Query("delete from LoginAttempt a where a.lastFailureAt < :before and (a.lockedUntil is null or a.lockedUntil < :before)")
    int deleteStale(Instant before);
}
