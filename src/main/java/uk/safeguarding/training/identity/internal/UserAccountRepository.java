package uk.safeguarding.training.identity.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
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
}
