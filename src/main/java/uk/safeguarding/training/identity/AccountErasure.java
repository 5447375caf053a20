package uk.safeguarding.training.identity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.shared.LikePatterns;

/**
 * The identity side of erasing a person: finding them, the safety checks, and anonymising the account. The account
 * itself stays (anonymous, inactive, no password, no roles) so their training still counts in statistics by unit and
 * course. No role check here: the data-protection service that calls it checks the caller.
 */
@Service
@Transactional(readOnly = true)
public class AccountErasure {

    /** Erased accounts get an address in this reserved, never-deliverable domain (RFC 2606). */
    public static final String ERASED_DOMAIN = "@erased.invalid";
    public static final String ERASED_NAME = "Erased person";

    @PersistenceContext
    private EntityManager entityManager;
    private final Clock clock;

    AccountErasure(Clock clock) {
        this.clock = clock;
    }

    /** What identified an erased person, kept only in memory while the other features erase their data. */
    public record ErasedAccount(long userId, String formerEmail, String formerName, String pseudonym) {
    }

    /** The pseudonym that replaces an erased person in the audit log and elsewhere. */
    public static String pseudonymOf(long userId) {
        return "erased person #" + userId;
    }

    public static boolean isErased(UserAccount account) {
        return account.getEmail().endsWith(ERASED_DOMAIN);
    }

    /** People not yet erased whose name or email contains the text, at most {@code limit}, by name. */
    public List<UserAccount> search(String text, int limit) {
        String pattern = LikePatterns.containing(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        return entityManager.createQuery("""
                        select u from UserAccount u join fetch u.unit
                         where u.email not like :erased escape '\\' and (lower(u.displayName) like :p escape '\\' or u.email like :p escape '\\')
                         order by u.displayName, u.id""", UserAccount.class)
                .setParameter("erased", "%" + LikePatterns.escape(ERASED_DOMAIN)).setParameter("p", pattern)
                .setMaxResults(limit).getResultList();
    }

    /** The person, unless there is no such person or they are already erased. */
    public java.util.Optional<UserAccount> findNotErased(long userId) {
        return java.util.Optional.ofNullable(entityManager.find(UserAccount.class, userId)).filter(u -> !isErased(u));
    }

    /** The ids of people not yet erased who left before the given day, oldest leaver first. */
    public List<Long> leftBefore(LocalDate day) {
        return entityManager.createQuery("""
                        select u.id from UserAccount u where u.leftOn < :day and u.active = false
                           and u.email not like :erased escape '\\' order by u.leftOn, u.id""", Long.class)
                .setParameter("day", day).setParameter("erased", "%" + LikePatterns.escape(ERASED_DOMAIN)).getResultList();
    }

    /**
     * How many active people hold the administrator role, locking their rows until the caller's transaction ends, so
     * two administrators erasing each other at the same moment cannot both pass the "one must remain" check.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long activeAdministrators() {
        return entityManager.createQuery("""
                        select u from UserAccount u join u.roles r
                         where u.active = true and r = :admin""", UserAccount.class)
                .setParameter("admin", Role.ADMIN)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList().size();
    }

    /**
     * Anonymises the account: name "Erased person", an undeliverable unique address, no password, inactive, no roles,
     * no managed units; the lockout record of the old address goes too. Idempotent: an erased account is returned as
     * it is.
     *
     * @return what identified the person, so the caller can pseudonymise other records
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ErasedAccount anonymise(long userId) {
        UserAccount account = entityManager.find(UserAccount.class, userId);
        if (account == null) {
            throw new IllegalArgumentException("There is no person " + userId);
        }
        String pseudonym = pseudonymOf(userId);
        ErasedAccount erased = new ErasedAccount(userId, account.getEmail(), account.getDisplayName(), pseudonym);
        if (isErased(account)) {
            return erased;
        }
        entityManager.createNativeQuery("delete from login_attempt where email = ?1")
                .setParameter(1, account.getEmail()).executeUpdate();
        account.erase("erased-" + userId + ERASED_DOMAIN, ERASED_NAME, LocalDate.now(clock));
        entityManager.flush();
        return erased;
    }
}
