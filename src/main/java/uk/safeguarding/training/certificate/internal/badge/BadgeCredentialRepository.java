package uk.safeguarding.training.certificate.internal.badge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BadgeCredentialRepository extends JpaRepository<BadgeCredential, Long> {

    Optional<BadgeCredential> findByCredentialUuid(String credentialUuid);

    /** The first request for a certificate's credential; a parallel first request makes this fail on the primary key. */
    @Modifying
    @Query(value = """
            insert into badge_credential (certificate_id, version, credential_uuid, subject_uuid, created_at)
            values (:certificateId, 0, :credentialUuid, :subjectUuid, :at)""", nativeQuery = true)
    void insertFirst(long certificateId, String credentialUuid, String subjectUuid, Instant at);

    /** The credential ids of revoked certificates, for the public revocation list: ids only, never codes or names. */
    @Query(value = """
            select b.credential_uuid from badge_credential b join certificate c on c.id = b.certificate_id
            where c.revoked_at is not null order by c.revoked_at, b.credential_uuid""", nativeQuery = true)
    List<String> revokedCredentialUuids();
}
