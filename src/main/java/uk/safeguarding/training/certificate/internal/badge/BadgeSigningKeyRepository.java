package uk.safeguarding.training.certificate.internal.badge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BadgeSigningKeyRepository extends JpaRepository<BadgeSigningKey, Long> {

    @Query("select k from BadgeSigningKey k where k.activeSlot = 1")
    Optional<BadgeSigningKey> findActive();

    Optional<BadgeSigningKey> findByKeyId(String keyId);

    List<BadgeSigningKey> findAllByOrderByCreatedAtAscIdAsc();

    /** Retires the key that signs; 0 when there is none (or a parallel rotation retired it first). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update BadgeSigningKey k set k.activeSlot = null, k.retiredAt = :at, k.version = k.version + 1 where k.activeSlot = 1")
    int retireActive(Instant at);
}
