package uk.safeguarding.training.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Who may see which units, for every role, against a small tree:
 * Council (1) > Schools (4) > Northgate (9); Council > Youth (7); Council > Schools 40 (40), a sibling whose id
 * starts with Schools' id.
 */
class VisibleUnitsTest {

    private final OrganisationUnit council = unit(1, "Council", null);
    private final OrganisationUnit schools = unit(4, "Schools", council);
    private final OrganisationUnit northgate = unit(9, "Northgate", schools);
    private final OrganisationUnit youth = unit(7, "Youth", council);
    private final OrganisationUnit schools40 = unit(40, "Schools 40", council);
    private final List<OrganisationUnit> all = List.of(council, schools, northgate, youth, schools40);

    @Test
    void an_administrator_sees_every_unit_whatever_they_manage() {
        VisibleUnits visible = VisibleUnits.of(Set.of(Role.ADMIN, Role.LEARNER), List.of());
        assertThat(visible.isEverything()).isTrue();
        assertThat(visible.filter(all)).containsExactlyElementsOf(all);
        assertThat(VisibleUnits.of(Set.of(Role.ADMIN, Role.MANAGER), List.of(youth.getPath())).isEverything()).isTrue();
        assertThat(visible.sqlCondition("ou.path", "scope")).isEqualTo("1 = 1");
        assertThat(visible.sqlParameters("scope")).isEmpty();
    }

    @Test
    void a_manager_sees_their_unit_and_everything_below_it_and_nothing_beside_it() {
        VisibleUnits visible = VisibleUnits.of(Set.of(Role.MANAGER, Role.LEARNER), List.of(schools.getPath()));
        assertThat(visible.filter(all)).containsExactly(schools, northgate);
        assertThat(visible.contains(northgate)).isTrue();
        assertThat(visible.contains(council)).isFalse();
        assertThat(visible.contains(youth)).isFalse();
        // "/1/4/" must not swallow "/1/40/": paths end with a slash for this reason.
        assertThat(visible.contains(schools40)).isFalse();
        assertThat(visible.sqlCondition("ou.path", "scope")).isEqualTo("(ou.path like :scope0)");
        assertThat(visible.sqlParameters("scope")).isEqualTo(Map.of("scope0", "/1/4/%"));
    }

    @Test
    void a_manager_of_two_subtrees_sees_both_and_a_unit_inside_another_counts_once() {
        VisibleUnits visible = VisibleUnits.of(Set.of(Role.MANAGER),
                List.of(northgate.getPath(), youth.getPath(), schools.getPath()));
        assertThat(visible.roots()).containsExactly("/1/4/", "/1/7/");
        assertThat(visible.filter(all)).containsExactly(schools, northgate, youth);
        assertThat(visible.sqlCondition("ou.path", "scope")).isEqualTo("(ou.path like :scope0 or ou.path like :scope1)");
        assertThat(visible.sqlParameters("scope")).containsExactly(Map.entry("scope0", "/1/4/%"), Map.entry("scope1", "/1/7/%"));
    }

    @Test
    void sibling_subtrees_with_a_common_id_prefix_are_kept_apart() {
        assertThat(VisibleUnits.subtrees(List.of("/1/4/", "/1/40/")).roots()).containsExactly("/1/4/", "/1/40/");
    }

    @Test
    void a_manager_of_no_unit_and_a_learner_see_nothing() {
        for (VisibleUnits visible : List.of(VisibleUnits.of(Set.of(Role.MANAGER), List.of()),
                VisibleUnits.of(Set.of(Role.LEARNER), List.of(schools.getPath())),
                VisibleUnits.of(Set.of(Role.TRAINER, Role.LEARNER), List.of()))) {
            assertThat(visible.isNothing()).as(visible.toString()).isTrue();
            assertThat(visible.filter(all)).isEmpty();
            assertThat(visible.contains(northgate)).isFalse();
            assertThat(visible.contains((String) null)).isFalse();
            assertThat(visible.sqlCondition("ou.path", "scope")).isEqualTo("1 = 0");
        }
    }

    @Test
    void people_are_filtered_by_the_path_of_their_unit() {
        record Person(String name, OrganisationUnit unit) {
        }
        List<Person> people = List.of(new Person("Aisha", northgate), new Person("Ben", youth), new Person("Cara", schools40));
        assertThat(VisibleUnits.subtrees(List.of(schools.getPath())).filter(people, p -> p.unit().getPath()))
                .extracting(Person::name).containsExactly("Aisha");
        assertThat(VisibleUnits.everything().filter(people, p -> p.unit().getPath())).hasSize(3);
        assertThat(VisibleUnits.nothing().filter(people, p -> p.unit().getPath())).isEmpty();
    }

    @Test
    void after_a_unit_moves_the_manager_sees_it_at_its_new_place_and_not_the_old_one() {
        VisibleUnits youthManager = VisibleUnits.of(Set.of(Role.MANAGER), List.of(youth.getPath()));
        VisibleUnits schoolsManager = VisibleUnits.of(Set.of(Role.MANAGER), List.of(schools.getPath()));
        assertThat(youthManager.contains(northgate)).isFalse();

        String oldPath = schools.getPath();
        schools.moveUnder(youth);
        northgate.rebase(oldPath, schools.getPath());

        assertThat(northgate.getPath()).isEqualTo("/1/7/4/9/");
        assertThat(youthManager.filter(all)).containsExactly(schools, northgate, youth);
        // The Schools manager's scope is made afresh from the unit's current path, and still covers what is below it.
        VisibleUnits schoolsManagerNow = VisibleUnits.of(Set.of(Role.MANAGER), List.of(schools.getPath()));
        assertThat(schoolsManagerNow.filter(all)).containsExactly(schools, northgate);
        // A value made before the move holds the old path, which now names nothing.
        assertThat(schoolsManager.filter(all)).isEmpty();
    }

    private static OrganisationUnit unit(long id, String name, OrganisationUnit parent) {
        OrganisationUnit unit = new OrganisationUnit(name, parent);
        ReflectionTestUtils.setField(unit, "id", id);
        unit.assignPath();
        return unit;
    }
}
