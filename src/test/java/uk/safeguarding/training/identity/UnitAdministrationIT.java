package uk.safeguarding.training.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.identity.ChangeRefused.Field;
import uk.safeguarding.training.identity.IdentityService.NewPerson;
import uk.safeguarding.training.support.FixtureTest;

/**
 * Administrators add, rename, move and retire units; a move carries the whole subtree and its people along. On the
 * fixtures, so the units added here appear in no demo view (it used to need an application of its own for that).
 */
@FixtureTest
class UnitAdministrationIT {

    @Autowired
    IdentityService identity;
    @Autowired
    PeopleAdministration people;
    @Autowired
    UnitAdministration units;
    @Autowired
    AuditLog audit;
    @Autowired
    PeopleFixture fixturePeople;

    AdminFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AdminFixtures(identity, people, audit, fixturePeople.administrator().getEmail());
    }

    @Test
    void units_are_added_and_renamed_with_names_unique_among_siblings() {
        OrganisationUnit top = top();
        long council = top.getId();
        OrganisationUnit schools = unitNamedSchoolsBelowTheTop();
        OrganisationUnit added = fixtures.asAdmin(() -> units.addUnit("  Early Help  ", council));
        assertThat(added.getName()).isEqualTo("Early Help");
        assertThat(added.getPath()).isEqualTo(identity.unit(council).orElseThrow().getPath() + added.getId() + "/");
        fixtures.assertAudited(AuditAction.UNIT_CREATED, "Early Help", "Added under " + top.getName());

        assertRefused(() -> units.addUnit("early HELP", council), Field.NAME, "already a unit called early HELP in " + top.getName());
        assertRefused(() -> units.addUnit(" ", council), Field.NAME, "Enter a name");
        OrganisationUnit sameNameElsewhere = fixtures.asAdmin(() -> units.addUnit("Early Help", schools.getId()));
        assertThat(sameNameElsewhere.getId()).isNotEqualTo(added.getId());

        fixtures.asAdmin(() -> units.renameUnit(added.getId(), "Early Help and Prevention"));
        assertThat(identity.unit(added.getId()).orElseThrow().getName()).isEqualTo("Early Help and Prevention");
        fixtures.assertAudited(AuditAction.UNIT_RENAMED, "Early Help and Prevention", "Renamed from Early Help");
        assertRefused(() -> {
            units.renameUnit(added.getId(), "schools");
            return null;
        }, Field.NAME, "already a unit called schools");
    }

    @Test
    void moving_a_unit_updates_the_paths_below_it_and_its_people_follow() {
        long council = top().getId();
        OrganisationUnit regionA = fixtures.asAdmin(() -> units.addUnit("Region A", council));
        OrganisationUnit regionB = fixtures.asAdmin(() -> units.addUnit("Region B", council));
        OrganisationUnit team = fixtures.asAdmin(() -> units.addUnit("Team A1", regionA.getId()));
        OrganisationUnit squad = fixtures.asAdmin(() -> units.addUnit("Squad A1a", team.getId()));
        OneTimePassword inTeam = fixtures.addLearner("Vera Team", "Team A1");
        OneTimePassword inSquad = fixtures.addLearner("Walt Squad", "Squad A1a");

        assertRefused(() -> {
            units.moveUnit(team.getId(), squad.getId());
            return null;
        }, Field.PARENT, "cannot move under itself or a unit below it");
        assertRefused(() -> {
            units.moveUnit(team.getId(), team.getId());
            return null;
        }, Field.PARENT, "cannot move under itself");
        assertRefused(() -> {
            units.moveUnit(council, regionB.getId());
            return null;
        }, Field.PARENT, "top of the organisation cannot be moved");

        fixtures.asAdmin(() -> units.moveUnit(team.getId(), regionB.getId()));

        String teamPath = identity.unit(regionB.getId()).orElseThrow().getPath() + team.getId() + "/";
        assertThat(identity.unit(team.getId()).orElseThrow().getPath()).isEqualTo(teamPath);
        assertThat(identity.unit(squad.getId()).orElseThrow().getPath()).isEqualTo(teamPath + squad.getId() + "/");
        assertThat(identity.unit(team.getId()).orElseThrow().getParent().getId()).isEqualTo(regionB.getId());
        assertThat(identity.peopleInUnitTree(regionB.getId())).extracting(UserAccount::getEmail)
                .containsExactlyInAnyOrder(inTeam.email(), inSquad.email());
        assertThat(identity.peopleInUnitTree(regionA.getId())).isEmpty();
        fixtures.assertAudited(AuditAction.UNIT_MOVED, "Team A1", "Moved from Region A to Region B");

        fixtures.asAdmin(() -> people.setManagedUnits(inTeam.userId(), Set.of(regionB.getId())));
        assertThat(fixtures.asAdmin(() -> identity.managedPathPrefixes(inTeam.userId()))).containsExactly(regionB.getPath());
        assertThat(uk.safeguarding.training.support.AsUser.call(identity, inTeam.email(), () -> identity.peopleVisibleToCurrentUser()))
                .as("a manager of the new parent sees the people of the moved subtree")
                .extracting(UserAccount::getEmail).contains(inSquad.email());
    }

    @Test
    void a_unit_is_retired_only_when_nobody_active_is_left_in_it_or_below_and_is_then_no_longer_offered() {
        long council = top().getId();
        OrganisationUnit depot = fixtures.asAdmin(() -> units.addUnit("Old Depot", council));
        OrganisationUnit yard = fixtures.asAdmin(() -> units.addUnit("Yard", depot.getId()));
        OneTimePassword worker = fixtures.addLearner("Xavier Yard", "Yard");
        OneTimePassword boss = fixtures.addLearner("Yusuf Depot", fixturePeople.unit("Quayside Hotel").getName());
        fixtures.asAdmin(() -> people.setManagedUnits(boss.userId(), Set.of(depot.getId())));

        assertRefused(() -> {
            units.retireUnit(depot.getId());
            return null;
        }, Field.STATUS, "1 active person is still in Old Depot or a unit below it: move them first");
        fixtures.asAdmin(() -> people.deactivate(worker.userId()));
        assertRefused(() -> {
            units.retireUnit(depot.getId());
            return null;
        }, Field.STATUS, "still has units in use below it");

        fixtures.asAdmin(() -> units.retireUnit(yard.getId()));
        fixtures.asAdmin(() -> units.retireUnit(depot.getId()));
        assertThat(identity.unit(depot.getId()).orElseThrow().isRetired()).isTrue();
        fixtures.assertAudited(AuditAction.UNIT_RETIRED, "Old Depot", "Retired");
        assertThat(fixtures.asAdmin(() -> units.unitsInUse())).extracting(OrganisationUnit::getId)
                .doesNotContain(depot.getId(), yard.getId());
        assertThat(fixtures.asAdmin(() -> units.units())).extracting(OrganisationUnit::getId).contains(depot.getId());
        assertThat(identity.findById(boss.userId()).orElseThrow().getRoles()).as("nobody manages a retired unit")
                .doesNotContain(Role.MANAGER);
        fixtures.assertAudited(AuditAction.ROLE_CHANGED, boss.email(), "No longer manages Old Depot (retired)");

        assertRefused(() -> people.addPerson(new NewPerson(AdminFixtures.freshEmail("z"), "Zoe", depot.getId(),
                Set.of(Role.LEARNER), null), Set.of()), Field.UNIT, "Old Depot is retired");
        assertRefused(() -> {
            people.movePerson(boss.userId(), yard.getId());
            return null;
        }, Field.UNIT, "Yard is retired");
        assertRefused(() -> {
            people.reactivate(worker.userId());
            return null;
        }, Field.UNIT, "which is retired: move them to a unit in use first");
        assertRefused(() -> units.addUnit("Annexe", depot.getId()), Field.PARENT, "Old Depot is retired");
        OrganisationUnit newDepot = fixtures.asAdmin(() -> units.addUnit("Old Depot", council));
        assertThat(newDepot.getId()).as("a retired unit's name is free again").isNotEqualTo(depot.getId());
    }

    /** The top of the organisation (the first start makes it). */
    private OrganisationUnit top() {
        return identity.allUnits().stream().filter(u -> u.getParent() == null).findFirst().orElseThrow();
    }

    /** A unit called exactly "Schools" directly below the top, as in the demo, for the name-clash checks. */
    private OrganisationUnit unitNamedSchoolsBelowTheTop() {
        OrganisationUnit top = top();
        return identity.allUnits().stream()
                .filter(u -> u.getName().equals("Schools") && u.getParent() != null && u.getParent().getId().equals(top.getId()))
                .findFirst().orElseGet(() -> identity.createUnit("Schools", top));
    }

    private void assertRefused(Supplier<?> change, Field field, String message) {
        assertThatThrownBy(() -> fixtures.asAdmin(change))
                .isInstanceOfSatisfying(ChangeRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo(field);
                    assertThat(refused.getMessage()).contains(message);
                });
    }
}
