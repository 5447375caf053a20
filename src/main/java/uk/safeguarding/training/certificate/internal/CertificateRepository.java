package uk.safeguarding.training.certificate.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import uk.safeguarding.training.certificate.Certificate;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByEnrolmentId(long enrolmentId);

    /**
     * The certificate with this code and every certificate of the same person and course, itself among them: what
     * public verification needs (the later editions decide whether it is superseded), in one statement rather than
     * two on the busiest public page.
     */
    @Query("select s from Certificate c, Certificate s where c.code = :code and s.userId = c.userId and s.courseId = c.courseId")
    List<Certificate> findSamePersonAndCourseByCode(String code);

    List<Certificate> findByUserIdOrderByIssuedAtDesc(long userId);

    /**
     * Certificates of everyone whose unit lies at or below the given unit path. The id breaks ties (the same name
     * issued at the same instant), so the order, and a ZIP written in it, is the same every time.
     */
    @Query("""
            select c from Certificate c where c.detailsWithheldAt is null and c.userId in
              (select u.id from UserAccount u where u.unit.path like concat(:pathPrefix, '%'))
            order by c.learnerName, c.issuedAt desc, c.id""")
    List<Certificate> findInUnitTree(String pathPrefix);

    /** The ids of {@link #findInUnitTree}, in its order (the same query, selecting only the id). */
    @Query("""
            select c.id from Certificate c where c.detailsWithheldAt is null and c.userId in
              (select u.id from UserAccount u where u.unit.path like concat(:pathPrefix, '%'))
            order by c.learnerName, c.issuedAt desc, c.id""")
    List<Long> idsInUnitTree(String pathPrefix);

    /**
     * What these certificates print, in no particular order, as values rather than managed entities; a certificate
     * whose details were withheld since its id was read is left out.
     */
    @Query("""
            select new uk.safeguarding.training.certificate.internal.PrintedCertificate(c.id, c.code, c.learnerName,
              c.courseTitle, c.courseVersionNumber, c.completedOn, c.scorePercent, c.validUntil, c.issuingOrganisation,
              c.issuedAt, c.layout)
            from Certificate c where c.id in :ids and c.detailsWithheldAt is null""")
    List<PrintedCertificate> printedByIds(Collection<Long> ids);

    @Query("select u.unit.path from UserAccount u where u.id = :userId")
    Optional<String> unitPathOf(long userId);

    /**
     * Expired certificates whose refresher is not yet assigned. A certificate of a later edition held by the same
     * person (an update's) supersedes it and carries the refresher cycle on, so superseded ones are left out.
     * "Expired" is course.CertificateValidity.expiredOn written in JPQL (a constant annotation cannot call it).
     */
    @Query("""
            select c from Certificate c where c.validUntil < :today and c.refresherAssignedAt is null
              and c.revokedAt is null and c.detailsWithheldAt is null
              and not exists (select 1 from Certificate later where later.userId = c.userId
                  and later.courseId = c.courseId and later.editionNumber > c.editionNumber and later.revokedAt is null)
            order by c.id""")
    List<Certificate> expiredWithoutRefresher(LocalDate today);

    List<Certificate> findByUserIdAndCourseId(long userId, long courseId);

    /**
     * Certificates of a course that are in date on the day (course.CertificateValidity.inDateOn in JPQL) and not
     * revoked, of people still active, by person.
     */
    @Query("""
            select c from Certificate c where c.courseId = :courseId and c.validUntil >= :today and c.revokedAt is null
              and c.detailsWithheldAt is null
              and c.userId in (select u.id from UserAccount u where u.active = true)
            order by c.userId, c.issuedAt""")
    List<Certificate> inDateForCourse(long courseId, LocalDate today);

    /** Claims the refresher for one certificate; only one instance (or run) gets 1 back. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Certificate c set c.refresherAssignedAt = :at where c.id = :id and c.refresherAssignedAt is null")
    int claimRefresher(long id, Instant at);
}
