package uk.safeguarding.training.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.junit.jupiter.api.function.Executable;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.identity.ChangeRefused.Field;
import uk.safeguarding.training.support.AsUser;

/**
 * The organisation always keeps an active administrator, and no administrator demotes or deactivates themselves.
 * Its own application (and database), because it leaves one administrator as the only active one; its people come
 * from {@link PeopleFixture}.
 */
@SpringBootTest(properties = {"training.test.context=administrator-guard-rails",
        "training.content.courses-directory=target/fixture-tests-import-no-course-folder"})
@ActiveProfiles("test")
@Import(PeopleFixture.class)
class AdministratorGuardRailsIT {

    @Autowired
    IdentityService identity;
    @Autowired
    PeopleAdministration people;
    @Autowired
    AuditLog audit;
    @Autowired
    PeopleFixture fixture;

    private AdminFixtures fixtures() {
        return new AdminFixtures(identity, people, audit, fixture.administrator().getEmail());
    }

    @Test
    void an_administrator_cannot_deactivate_themselves_or_remove_their_own_administrator_role() {
        AdminFixtures fixtures = fixtures();
        UserAccount admin = fixture.administrator();
        long me = admin.getId();
        OrganisationUnit unit = fixture.unit("Guard rails");
        OneTimePassword other = fixtures.addLearner("Second Admin", unit.getName(), Role.ADMIN, Role.LEARNER);

        assertRefused(admin.getEmail(), () -> people.deactivate(me), Field.STATUS, "You cannot deactivate your own account");
        assertRefused(admin.getEmail(), () -> people.setRoles(me, Set.of(Role.LEARNER)), Field.ROLES,
                "You cannot remove your own administrator role");
        assertRefused(admin.getEmail(), () -> people.updatePerson(me, new PersonChanges(admin.getDisplayName(), admin.getEmail(),
                unit.getId(), Set.of(Role.TRAINER), Set.of())), Field.ROLES, "your own administrator role");
        assertThat(identity.findById(me).orElseThrow().getRoles()).contains(Role.ADMIN);
        assertThat(identity.findById(me).orElseThrow().isActive()).isTrue();

        // Another administrator may do it, while one remains.
        fixtures.asAdmin(() -> people.setRoles(other.userId(), Set.of(Role.LEARNER)));
        assertThat(identity.findById(other.userId()).orElseThrow().getRoles()).containsExactly(Role.LEARNER);
    }

    @Test
    void the_last_active_administrator_keeps_the_role_and_stays_active() {
        AdminFixtures fixtures = fixtures();
        UserAccount admin = fixture.administrator();
        long lastAdmin = admin.getId();
        // Leave the fixtures' administrator as the only active one (the first administrator made at start goes).
        identity.allPeopleForStartup().stream()
                .filter(p -> p.isActive() && p.hasRole(Role.ADMIN) && p.getId() != lastAdmin)
                .forEach(p -> fixtures.asAdmin(() -> people.deactivate(p.getId())));
        // A session that still says "administrator" after the role was taken away (sessions keep their roles).
        OneTimePassword stale = fixtures.addLearner("Stale Session", fixture.unit("Stale").getName(), Role.ADMIN);
        AsUser.run(identity, stale.email(), () -> {
            fixtures.asAdmin(() -> people.setRoles(stale.userId(), Set.of(Role.LEARNER)));

            assertRefused(stale.email(), () -> people.setRoles(lastAdmin, Set.of(Role.LEARNER)), Field.ROLES,
                    admin.getDisplayName() + " is the last active administrator: make someone else an administrator first");
            assertRefused(stale.email(), () -> people.deactivate(lastAdmin), Field.STATUS, "last active administrator");
        });
        assertThat(identity.findById(lastAdmin).orElseThrow().getRoles()).contains(Role.ADMIN);
        assertThat(identity.findById(lastAdmin).orElseThrow().isActive()).isTrue();
    }

    /** Runs the change as the given person (the caller's session is put back afterwards). */
    private void assertRefused(String as, Runnable change, Field field, String message) {
        Executable call = fixture.administrator().getEmail().equals(as) ? () -> AsUser.run(identity, as, change) : change::run;
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(ChangeRefused.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.getMessage()).contains(message);
        });
    }
}
