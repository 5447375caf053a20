package uk.safeguarding.training.support;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.AssignmentService;

/**
 * People created by a test for itself (so no demo person's state changes), with a recorded completion and
 * certificate, and assessment attempts written straight to the database with chosen submission times.
 */
public final class FreshPeople {

    /** The password of fresh people, for signing in in browser tests. */
    public static final String PASSWORD = "demo-password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String UNIT = "Fresh people";

    private final IdentityService identity;
    private final AssignmentService assignments;
    private final JdbcTemplate jdbc;

    public FreshPeople(IdentityService identity, AssignmentService assignments, JdbcTemplate jdbc) {
        this.identity = identity;
        this.assignments = assignments;
        this.jdbc = jdbc;
    }

    /**
     * A learner in a unit of their own tests ("Fresh people", under the top of the tree, so no demo unit or manager's
     * report changes) with a unique email, e.g. {@code erin.3.1712@fresh.test}.
     */
    public UserAccount learner(String firstName, Role... extraRoles) {
        String suffix = SEQUENCE.incrementAndGet() + "." + (System.nanoTime() % 100_000);
        long unit = freshUnit();
        Set<Role> roles = new java.util.HashSet<>(Set.of(Role.LEARNER));
        roles.addAll(Set.of(extraRoles));
        return identity.createPerson(new IdentityService.NewPerson(firstName.toLowerCase() + "." + suffix + "@fresh.test",
                firstName + " Fresh" + suffix.replace(".", ""), unit, roles, null), identity.hash(PASSWORD), false);
    }

    private synchronized long freshUnit() {
        return identity.allUnits().stream().filter(u -> u.getName().equals(UNIT)).findFirst()
                .orElseGet(() -> identity.createUnit(UNIT, identity.allUnits().stream()
                        .filter(u -> u.getPath().chars().filter(c -> c == '/').count() == 2).findFirst().orElseThrow()))
                .getId();
    }

    /** Records a completion (and so a certificate) for the person, as the demo administrator. Returns the enrolment id. */
    public long completion(long userId, Instant completedAt) {
        return AsUser.call(identity, "admin@demo.test",
                () -> assignments.recordCompletion(userId, "cse-awareness", completedAt, 90, "admin@demo.test").getId());
    }

    /** A submitted attempt with answers on the enrolment; returns its id. */
    public long attempt(long enrolmentId, int number, Instant submittedAt) {
        return uk.safeguarding.training.learning.EnrolmentFixture.submittedAttempt(jdbc, enrolmentId, number, submittedAt);
    }

    /** Marks the person as having left on the day (as an administrator deactivating them would). */
    public void left(long userId, java.time.LocalDate on) {
        jdbc.update("update user_account set active = false, left_on = ? where id = ?", java.sql.Date.valueOf(on), userId);
    }

}
