package uk.safeguarding.training.identity.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.UserAccount;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("select u from UserAccount u join fetch u.unit where u.unit.path like concat(:pathPrefix, '%') order by u.displayName")
    List<UserAccount> findInUnitTree(String pathPrefix);

    @Query("select u from UserAccount u join fetch u.unit order by u.displayName")
    List<UserAccount> findAllWithUnit();

    @Query("select u from UserAccount u left join fetch u.managedUnits where u.id = :id")
    Optional<UserAccount> findWithManagedUnits(long id);

    /** One person with their unit and managed units, for the administrators' edit form. */
    @Query("select u from UserAccount u join fetch u.unit left join fetch u.managedUnits where u.id = :id")
    Optional<UserAccount> findForAdministration(long id);

    /**
     * People whose name or email contains the pattern (lower case, LIKE wildcards escaped, '' for anyone), in the
     * unit with the given path or below it, with the status ALL, ACTIVE or DEACTIVATED.
     */
    @Query("select u from UserAccount u join fetch u.unit ou "
            + "where (:pattern = '' or lower(u.displayName) like :pattern escape '\\' or u.email like :pattern escape '\\') "
            + "and ou.path like concat(:unitPath, '%') "
            + "and (:status = 'ALL' or (:status = 'ACTIVE' and u.active = true) or (:status = 'DEACTIVATED' and u.active = false)) "
            + "order by u.displayName, u.email")
    List<UserAccount> search(String pattern, String unitPath, String status, Pageable page);

    @Query("select count(u) from UserAccount u join u.unit ou "
            + "where (:pattern = '' or lower(u.displayName) like :pattern escape '\\' or u.email like :pattern escape '\\') "
            + "and ou.path like concat(:unitPath, '%') "
            + "and (:status = 'ALL' or (:status = 'ACTIVE' and u.active = true) or (:status = 'DEACTIVATED' and u.active = false))")
    long countSearch(String pattern, String unitPath, String status);

    @Query("select count(u) from UserAccount u where u.active = true and u.unit.path like concat(:pathPrefix, '%')")
    long countActiveInUnitTree(String pathPrefix);

    /**
     * The active holders of a role, locked until the transaction ends: two administrators removing each other's
     * role at the same moment cannot both pass the "one administrator must remain" check.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u join u.roles r where r = :role and u.active = true")
    List<UserAccount> lockActiveWithRole(Role role);

    @Query("select u from UserAccount u join u.managedUnits m where m = :unit")
    List<UserAccount> findManagersOf(OrganisationUnit unit);

    /** Active people who manage at least one unit (whatever their roles), in id order. */
    @Query("select distinct u from UserAccount u join u.managedUnits m where u.active = true order by u.id")
    List<UserAccount> findActiveManagers();
}
