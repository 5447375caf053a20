package uk.safeguarding.training.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.support.AsUser;

/** Small helpers for the administration tests: act as an administrator (the demo's unless given), add fresh people, check the audit log. */
final class AdminFixtures {

    static final String ADMIN = "admin@demo.test";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final IdentityService identity;
    private final PeopleAdministration people;
    private final AuditLog audit;
    private final String administrator;

    AdminFixtures(IdentityService identity, PeopleAdministration people, AuditLog audit) {
        this(identity, people, audit, ADMIN);
    }

    /** Acting as this administrator instead of the demo's (for tests on {@link PeopleFixture}). */
    AdminFixtures(IdentityService identity, PeopleAdministration people, AuditLog audit, String administrator) {
        this.identity = identity;
        this.people = people;
        this.audit = audit;
        this.administrator = administrator;
    }

    <T> T asAdmin(Supplier<T> work) {
        return AsUser.call(identity, administrator, work);
    }

    void asAdmin(Runnable work) {
        AsUser.run(identity, administrator, work);
    }

    static String freshEmail(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "." + SEQUENCE.incrementAndGet() + "." + System.nanoTime() + "@admin-test.example";
    }

    long unitId(String name) {
        return identity.allUnits().stream().filter(u -> u.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    /** Adds a fresh learner in the unit and returns their one-time password. */
    OneTimePassword addLearner(String name, String unit, Role... roles) {
        Set<Role> chosen = roles.length == 0 ? Set.of(Role.LEARNER) : Set.of(roles);
        return asAdmin(() -> people.addPerson(new IdentityService.NewPerson(freshEmail(name), name, unitId(unit), chosen, null), Set.of()));
    }

    void assertAudited(AuditAction action, String subject, String detailsPart) {
        assertThat(audit.byAction(action))
                .as("audit entry %s for %s", action, subject)
                .anySatisfy(e -> {
                    assertThat(e.getSubject()).isEqualTo(subject);
                    assertThat(e.getActor()).isEqualTo(administrator);
                    assertThat(e.getDetails()).contains(detailsPart);
                });
    }

    static boolean canSignIn(AuthenticationManager signIn, String email, String password) {
        try {
            return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password)).isAuthenticated();
        } catch (AuthenticationException refused) {
            return false;
        }
    }
}
