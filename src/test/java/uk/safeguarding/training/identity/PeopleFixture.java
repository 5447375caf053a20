package uk.safeguarding.training.identity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestComponent;
import uk.safeguarding.training.support.AsUser;

/**
 * Organisation units and people with roles, made by a test for itself: names and emails carry a number unique in the
 * application, so tests sharing one application never meet each other's people. Created as start-up code would
 * (no one signed in), without audit entries. Everyone can sign in with {@link #PASSWORD}.
 */
@TestComponent
public class PeopleFixture {

    public static final String PASSWORD = "fixture-password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final IdentityService identity;
    private String passwordHash;
    private UserAccount administrator;

    PeopleFixture(IdentityService identity) {
        this.identity = identity;
    }

    /** A unit directly under the organisation's top unit, named {@code name} plus a unique number. */
    public OrganisationUnit unit(String name) {
        OrganisationUnit top = identity.allUnits().stream().filter(u -> u.getParent() == null).findFirst()
                .orElseThrow(() -> new IllegalStateException("No top unit: the first administrator makes it at start"));
        return unit(name, top);
    }

    /** A unit under {@code parent}, named {@code name} plus a unique number. */
    public OrganisationUnit unit(String name, OrganisationUnit parent) {
        return identity.createUnit(name + " " + SEQUENCE.incrementAndGet(), parent);
    }

    /** A learner in the unit, who joined eight months ago. */
    public UserAccount learner(String firstName, OrganisationUnit unit) {
        return person(firstName, unit, LocalDate.now().minusMonths(8), Role.LEARNER);
    }

    /**
     * A person in the unit with these roles (and always the learner role, as everyone in the organisation has),
     * with an email such as {@code nia.12@fixture.test}.
     */
    public UserAccount person(String firstName, OrganisationUnit unit, LocalDate joinedOn, Role... roles) {
        int number = SEQUENCE.incrementAndGet();
        Set<Role> all = EnumSet.of(Role.LEARNER, roles);
        return identity.createPerson(new IdentityService.NewPerson(firstName.toLowerCase() + "." + number + "@fixture.test",
                firstName + " Fixture-" + number, unit.getId(), all, joinedOn), passwordHash(), false);
    }

    /** A manager of the given units, a member of the first of them. */
    public UserAccount manager(String firstName, OrganisationUnit... manages) {
        UserAccount manager = person(firstName, manages[0], LocalDate.now().minusYears(3), Role.MANAGER);
        for (OrganisationUnit unit : manages) {
            identity.grantManagement(manager.getId(), unit.getId());
        }
        return identity.findById(manager.getId()).orElseThrow();
    }

    /** One administrator for the fixtures of this application (in a unit of its own), made at first use. */
    public synchronized UserAccount administrator() {
        if (administrator == null) {
            administrator = person("Admin", unit("Administration"), LocalDate.now().minusYears(5), Role.ADMIN);
        }
        return administrator;
    }

    /** Runs the work signed in as the person, as the sign-in form would leave them. */
    public <T> T as(UserAccount person, Supplier<T> work) {
        return AsUser.call(identity, person.getEmail(), work);
    }

    public void as(UserAccount person, Runnable work) {
        AsUser.run(identity, person.getEmail(), work);
    }

    /** Runs the work signed in as the fixtures' administrator. */
    public <T> T asAdministrator(Supplier<T> work) {
        return as(administrator(), work);
    }

    private synchronized String passwordHash() {
        // One hash for everyone: hashing per person would cost a tenth of a second each.
        if (passwordHash == null) {
            passwordHash = identity.hash(PASSWORD);
        }
        return passwordHash;
    }
}
