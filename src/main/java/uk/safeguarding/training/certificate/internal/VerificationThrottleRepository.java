package uk.safeguarding.training.certificate.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface VerificationThrottleRepository extends JpaRepository<VerificationThrottle, String> {

    /**
     * Counts one failed look-up; a window older than {@code windowOpenedBefore} starts again at {@code now}. Both
     * right-hand sides read the row as it was before this statement.
     *
     * @return rows changed: 0 when the client has no row yet
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update VerificationThrottle t set
              t.failures = case when t.windowStart <= :windowOpenedBefore then 1 else t.failures + 1 end,
              t.windowStart = case when t.windowStart <= :windowOpenedBefore then :now else t.windowStart end,
              t.version = t.version + 1
            where t.address = :client""")
    int countFailure(String client, Instant now, Instant windowOpenedBefore);

    /** The first failure of a client; a parallel first failure makes this fail on the primary key. */
    @Modifying
    @Query(value = "insert into verification_throttle (address, version, failures, window_start) values (:client, 0, 1, :now)",
            nativeQuery = true)
    void insertFirstFailure(String client, Instant now);

    @Modifying
    @Query("delete from VerificationThrottle t where t.windowStart < :before")
    int deleteStale(Instant before);
}
