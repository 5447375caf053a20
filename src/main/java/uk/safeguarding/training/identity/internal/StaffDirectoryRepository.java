package uk.safeguarding.training.identity.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import uk.safeguarding.training.identity.UserAccount;

/**
 * Everyone's email, name, unit, roles and managed units as plain values, in three queries whatever the number of
 * people: the staff import compares a whole file against them without loading an entity per person.
 */
public interface StaffDirectoryRepository extends Repository<UserAccount, Long> {

    /** id, email, display name, unit id, active */
    @Query("select u.id, u.email, u.displayName, u.unit.id, u.active from UserAccount u")
    List<Object[]> people();

    /** user id, role */
    @Query("select u.id, r from UserAccount u join u.roles r")
    List<Object[]> roles();

    /** user id, managed unit id */
    @Query("select u.id, m.id from UserAccount u join u.managedUnits m")
    List<Object[]> managedUnits();

    @Query("select distinct u from UserAccount u left join fetch u.roles left join fetch u.managedUnits where u.email in :emails")
    List<UserAccount> withRolesAndManagedUnits(Collection<String> emails);
}
