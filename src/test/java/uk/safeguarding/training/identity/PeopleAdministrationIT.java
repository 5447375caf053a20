package uk.safeguarding.training.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguarding.training.identity.AdminFixtures.canSignIn;
import static uk.safeguarding.training.identity.AdminFixtures.freshEmail;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.identity.ChangeRefused.Field;
import uk.safeguarding.training.identity.IdentityService.NewPerson;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.FixtureTest;

/**
 * Administrators add, change, deactivate and reactivate people; each change is checked and audited. Each test has an
 * organisation of its own, shaped as the demo's ({@link #organisation()}), and acts as the fixtures' administrator.
 */
@FixtureTest
class PeopleAdministrationIT {

    @Autowired
    IdentityService identity;
    @Autowired
    PeopleAdministration people;
    @Autowired
    AuditLog audit;
    @Autowired
    AuthenticationManager signIn;
    @Autowired
    Clock clock;

    @Autowired
    PeopleFixture organisation;

    AdminFixtures fixtures;
    final Map<String, OrganisationUnit> units = new HashMap<>();
    UserAccount maya;
    UserAccount ben;
    UserAccount harry;

    /**
     * Community Services with Youth Service under it, Licensing and Hospitality with Quayside Hotel, and Schools with
     * Northgate Primary School (Maya) and Riverside Academy (Ben); Harry works at the hotel. Each name carries a
     * number ({@link #unit} gives it).
     */
    @BeforeEach
    void organisation() {
        fixtures = new AdminFixtures(identity, people, audit, organisation.administrator().getEmail());
        OrganisationUnit community = organisation.unit("Community Services");
        OrganisationUnit licensing = organisation.unit("Licensing and Hospitality");
        OrganisationUnit schools = organisation.unit("Schools");
        units.put("Community Services", community);
        units.put("Youth Service", organisation.unit("Youth Service", community));
        units.put("Licensing and Hospitality", licensing);
        units.put("Quayside Hotel", organisation.unit("Quayside Hotel", licensing));
        units.put("Schools", schools);
        units.put("Northgate Primary School", organisation.unit("Northgate Primary School", schools));
        units.put("Riverside Academy", organisation.unit("Riverside Academy", schools));
        maya = organisation.learner("Maya", units.get("Northgate Primary School"));
        ben = organisation.learner("Ben", units.get("Riverside Academy"));
        harry = organisation.learner("Harry", units.get("Quayside Hotel"));
    }

    /** The name of this test's unit called {@code name} in the demo. */
    private String unit(String name) {
        return units.get(name).getName();
    }

    @Test
    void an_added_person_signs_in_with_the_one_time_password_shown_once_and_must_change_it() {
        String email = freshEmail("Nadia.Rahman");
        OneTimePassword otp = fixtures.asAdmin(() -> people.addPerson(new NewPerson("  " + email.toUpperCase() + " ",
                " Nadia Rahman ", fixtures.unitId(unit("Youth Service")), Set.of(Role.LEARNER, Role.TRAINER), LocalDate.of(2026, 1, 5)), Set.of()));

        UserAccount added = fixtures.asAdmin(() -> people.person(otp.userId()));
        assertThat(added.getEmail()).isEqualTo(email.toLowerCase());
        assertThat(added.getDisplayName()).isEqualTo("Nadia Rahman");
        assertThat(added.getUnit().getName()).isEqualTo(unit("Youth Service"));
        assertThat(added.getRoles()).containsExactlyInAnyOrder(Role.LEARNER, Role.TRAINER);
        assertThat(added.getJoinedOn()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(added.isMustChangePassword()).isTrue();
        assertThat(PasswordPolicy.problems(otp.password(), email)).isEmpty();
        assertThat(canSignIn(signIn, email, otp.password())).isTrue();
        fixtures.assertAudited(AuditAction.USER_CREATED, added.getEmail(), "Added to " + unit("Youth Service") + " as Learner, Trainer");
        assertThat(audit.byAction(AuditAction.USER_CREATED)).noneMatch(e -> e.getDetails().contains(otp.password()));
    }

    @Test
    void bad_details_are_refused_on_the_field_at_fault_and_nothing_is_added() {
        long unit = fixtures.unitId(unit("Youth Service"));
        long before = fixtures.asAdmin(() -> people.countPeople(PeopleSearch.everyone()));

        String taken = maya.getEmail();
        assertRefused(() -> people.addPerson(new NewPerson(" " + taken.toUpperCase(java.util.Locale.ROOT) + " ", "Someone", unit,
                Set.of(Role.LEARNER), null), Set.of()), Field.EMAIL, "Someone already has the email " + taken);
        assertRefused(() -> people.addPerson(new NewPerson("not-an-email", "Someone", unit, Set.of(Role.LEARNER), null), Set.of()),
                Field.EMAIL, "like name@example.org");
        assertRefused(() -> people.addPerson(new NewPerson(freshEmail("x"), "  ", unit, Set.of(Role.LEARNER), null), Set.of()),
                Field.NAME, "Enter the person's name");
        assertRefused(() -> people.addPerson(new NewPerson(freshEmail("x"), "Someone", unit, Set.of(), null), Set.of()),
                Field.ROLES, "at least one role");
        assertRefused(() -> people.addPerson(new NewPerson(freshEmail("x"), "Someone", 999_999, Set.of(Role.LEARNER), null), Set.of()),
                Field.UNIT, "Choose a unit");

        assertThat(fixtures.asAdmin(() -> people.countPeople(PeopleSearch.everyone()))).isEqualTo(before);
    }

    @Test
    void name_and_email_change_and_a_refused_save_changes_nothing() {
        OneTimePassword otp = fixtures.addLearner("Owen Price", unit("Riverside Academy"));
        String newEmail = freshEmail("owen.price-jones");
        fixtures.asAdmin(() -> people.changeDetails(otp.userId(), "Owen Price-Jones", newEmail));

        assertThat(identity.findByEmail(otp.email())).isEmpty();
        assertThat(identity.findByEmail(newEmail)).get().extracting(UserAccount::getDisplayName).isEqualTo("Owen Price-Jones");
        fixtures.assertAudited(AuditAction.USER_CHANGED, newEmail, "Email: " + otp.email() + " -> " + newEmail);

        long riverside = fixtures.unitId(unit("Riverside Academy"));
        assertRefused(() -> {
            people.updatePerson(otp.userId(), new PersonChanges("Renamed Before The Refusal", ben.getEmail(), riverside,
                    Set.of(Role.LEARNER), Set.of()));
            return null;
        }, Field.EMAIL, "already has the email " + ben.getEmail());
        assertThat(fixtures.asAdmin(() -> people.person(otp.userId())).getDisplayName()).isEqualTo("Owen Price-Jones");
    }

    @Test
    void a_deactivated_person_cannot_sign_in_until_reactivated() {
        OneTimePassword otp = fixtures.addLearner("Rhys Lloyd", unit("Quayside Hotel"));
        assertThat(canSignIn(signIn, otp.email(), otp.password())).isTrue();

        fixtures.asAdmin(() -> people.deactivate(otp.userId()));
        UserAccount left = fixtures.asAdmin(() -> people.person(otp.userId()));
        assertThat(left.isActive()).isFalse();
        assertThat(left.getLeftOn()).isEqualTo(LocalDate.now(clock));
        assertThat(canSignIn(signIn, otp.email(), otp.password())).isFalse();
        fixtures.assertAudited(AuditAction.USER_DEACTIVATED, otp.email(), "Left on " + LocalDate.now(clock));
        assertRefused(() -> people.issueOneTimePassword(otp.userId()), Field.STATUS, "reactivate them first");

        fixtures.asAdmin(() -> people.reactivate(otp.userId()));
        assertThat(fixtures.asAdmin(() -> people.person(otp.userId())).getLeftOn()).isNull();
        assertThat(canSignIn(signIn, otp.email(), otp.password())).isTrue();
        fixtures.assertAudited(AuditAction.USER_REACTIVATED, otp.email(), "Had left on");
    }

    @Test
    void the_manager_role_follows_the_managed_units_and_roles_are_granted_and_revoked() {
        OneTimePassword otp = fixtures.addLearner("Sara Lopez", unit("Northgate Primary School"));
        long schools = fixtures.unitId(unit("Schools"));

        fixtures.asAdmin(() -> people.setManagedUnits(otp.userId(), Set.of(schools)));
        assertThat(identity.findById(otp.userId()).orElseThrow().getRoles()).containsExactlyInAnyOrder(Role.LEARNER, Role.MANAGER);
        assertThat(AsUser.call(identity, otp.email(), () -> identity.peopleVisibleToCurrentUser()))
                .extracting(UserAccount::getEmail).contains(maya.getEmail(), ben.getEmail())
                .doesNotContain(harry.getEmail());
        fixtures.assertAudited(AuditAction.ROLE_CHANGED, otp.email(), "Manages: " + unit("Schools") + " (was: nothing)");

        fixtures.asAdmin(() -> people.setRoles(otp.userId(), Set.of(Role.TRAINER, Role.ADMIN)));
        assertThat(identity.findById(otp.userId()).orElseThrow().getRoles())
                .as("the manager role stays while the person manages a unit")
                .containsExactlyInAnyOrder(Role.TRAINER, Role.ADMIN, Role.MANAGER);
        fixtures.assertAudited(AuditAction.ROLE_CHANGED, otp.email(), "Roles: Manager, Trainer, Administrator (were: Learner, Manager)");

        fixtures.asAdmin(() -> people.setManagedUnits(otp.userId(), Set.of()));
        fixtures.asAdmin(() -> people.setRoles(otp.userId(), Set.of(Role.LEARNER)));
        assertThat(identity.findById(otp.userId()).orElseThrow().getRoles()).containsExactly(Role.LEARNER);
        assertThat(identity.managedPathPrefixes(otp.userId())).isEmpty();
        assertRefused(() -> {
            people.setRoles(otp.userId(), Set.of(Role.MANAGER));
            return null;
        }, Field.ROLES, "at least one role");
    }

    @Test
    void moving_a_person_is_audited_and_puts_them_in_the_new_units_tree() {
        OneTimePassword otp = fixtures.addLearner("Tariq Aziz", unit("Quayside Hotel"));
        long youth = fixtures.unitId(unit("Youth Service"));
        fixtures.asAdmin(() -> identity.movePerson(otp.userId(), youth));

        assertThat(identity.peopleInUnitTree(fixtures.unitId(unit("Community Services")))).extracting(UserAccount::getEmail).contains(otp.email());
        assertThat(identity.peopleInUnitTree(fixtures.unitId(unit("Licensing and Hospitality")))).extracting(UserAccount::getEmail)
                .doesNotContain(otp.email());
        fixtures.assertAudited(AuditAction.UNIT_CHANGED, otp.email(), "Moved from " + unit("Quayside Hotel") + " to " + unit("Youth Service"));
    }

    @Test
    void an_imported_person_without_a_password_gets_a_one_time_password() {
        UserAccount imported = fixtures.asAdmin(() -> identity.createPerson(new NewPerson(freshEmail("uma.shah"), "Uma Shah",
                fixtures.unitId(unit("Riverside Academy")), Set.of(Role.LEARNER), null), null, false));
        OneTimePassword otp = fixtures.asAdmin(() -> people.issueOneTimePassword(imported.getId()));
        assertThat(canSignIn(signIn, imported.getEmail(), otp.password())).isTrue();
        assertThat(identity.mustChangePassword(imported.getId())).isTrue();
        fixtures.assertAudited(AuditAction.ONE_TIME_PASSWORD_ISSUED, imported.getEmail(), "next sign-in");

        OneTimePassword again = fixtures.asAdmin(() -> people.issueOneTimePassword(imported.getId()));
        assertThat(canSignIn(signIn, imported.getEmail(), otp.password())).as("the earlier password stops working").isFalse();
        assertThat(canSignIn(signIn, imported.getEmail(), again.password())).isTrue();
    }

    @Test
    void the_people_list_searches_by_name_or_email_unit_and_status() {
        OneTimePassword a = fixtures.addLearner("Quentin Searchable", unit("Youth Service"));
        OneTimePassword b = fixtures.addLearner("Quentin Searchable", unit("Quayside Hotel"));
        fixtures.asAdmin(() -> people.deactivate(b.userId()));
        long youth = fixtures.unitId(unit("Youth Service"));
        long community = fixtures.unitId(unit("Community Services"));

        assertThat(search(new PeopleSearch("quentin search", null, PeopleSearch.Status.ALL))).containsExactlyInAnyOrder(a.email(), b.email());
        assertThat(search(new PeopleSearch("QUENTIN", community, PeopleSearch.Status.ALL))).containsExactly(a.email());
        assertThat(search(new PeopleSearch("Quentin", null, PeopleSearch.Status.DEACTIVATED))).containsExactly(b.email());
        assertThat(search(new PeopleSearch(a.email().substring(0, 12), youth, PeopleSearch.Status.ACTIVE))).containsExactly(a.email());
        assertThat(search(new PeopleSearch("%", null, PeopleSearch.Status.ALL))).as("wildcards are searched as text").isEmpty();
        assertThat(fixtures.asAdmin(() -> people.countPeople(new PeopleSearch("quentin", null, PeopleSearch.Status.ACTIVE)))).isEqualTo(1);
    }

    private java.util.List<String> search(PeopleSearch search) {
        return fixtures.asAdmin(() -> people.findPeople(search, 0, 50)).stream().map(UserAccount::getEmail).toList();
    }

    private void assertRefused(java.util.function.Supplier<?> change, Field field, String message) {
        assertThatThrownBy(() -> fixtures.asAdmin(change))
                .isInstanceOfSatisfying(ChangeRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo(field);
                    assertThat(refused.getMessage()).contains(message);
                });
    }
}
