package uk.safeguarding.training.identity.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginAttemptRepository extends JpaRepository<LoginAttempt, String> {

    @Modifying
    @Query("delete from LoginAttempt a where a.lastFailureAt < :before and (a.lockedUntil is null or a.lockedUntil < :before)")
    int deleteStale(Instant before);
}
