package uk.safeguarding.training.staffimport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.staffimport.StaffCsvRow;
import uk.safeguarding.training.staffimport.StaffImportRow;
import uk.safeguarding.training.staffimport.StaffImportRow.Outcome;
import uk.safeguarding.training.identity.StaffDirectory.Person;
import uk.safeguarding.training.identity.StaffDirectory.NamedUnit;

class StaffImportPlannerTest {

    static final List<NamedUnit> UNITS = List.of(
            new NamedUnit(1, "Council", false),
            new NamedUnit(2, "Council/Schools", false),
            new NamedUnit(3, "Council/Schools/Northgate Primary", false),
            new NamedUnit(4, "Council/Old Depot", true),
            new NamedUnit(5, "Council/Youth", false));
    static final Person ANN = new Person(10, "ann@example.org", "Ann Example", 3, true,
            Set.of(Role.LEARNER), Set.of());
    static final Person MAX = new Person(11, "max@example.org", "Max Manager", 2, true,
            Set.of(Role.LEARNER, Role.MANAGER), Set.of(2L));
    static final Person ADMIN = new Person(12, "admin@example.org", "Ada Admin", 1, false,
            Set.of(Role.ADMIN), Set.of());

    private final StaffImportPlanner planner = new StaffImportPlanner(UNITS, List.of(ANN, MAX, ADMIN), "admin@example.org");

    private StaffImportRow one(String email, String name, String unit, String roles, String managed) {
        return planner.plan(List.of(new StaffCsvRow(2, email, name, unit, roles, managed)), n -> { }).getFirst();
    }

    private List<String> problems(String email, String name, String unit, String roles, String managed) {
        StaffImportRow row = one(email, name, unit, roles, managed);
        assertThat(row.outcome()).isEqualTo(Outcome.REFUSED);
        return row.problems();
    }

    @Test
    void a_new_person_is_created_as_a_learner_in_the_unit_found_by_names_in_any_case() {
        StaffImportRow row = one(" New@Example.org ", " New Person ", "council / SCHOOLS/northgate primary", "", "");
        assertThat(row.outcome()).isEqualTo(Outcome.CREATE);
        assertThat(row.email()).isEqualTo("new@example.org");
        assertThat(row.unitId()).isEqualTo(3L);
        assertThat(row.roles()).containsExactly(Role.LEARNER);
        assertThat(row.managedUnitIds()).isEmpty();
    }

    @Test
    void the_same_values_are_unchanged_and_empty_roles_and_managed_units_leave_them_as_they_are() {
        assertThat(one("ann@example.org", "Ann Example", "Council/Schools/Northgate Primary", "learner", "").outcome())
                .isEqualTo(Outcome.UNCHANGED);
        assertThat(one("MAX@example.org", "Max Manager", "Council/Schools", "", "").outcome()).isEqualTo(Outcome.UNCHANGED);
    }

    @Test
    void an_update_lists_every_change() {
        StaffImportRow row = one("ann@example.org", "Ann Other", "Council/Youth", "learner;manager", "Council/Youth");
        assertThat(row.outcome()).isEqualTo(Outcome.UPDATE);
        assertThat(row.changes()).containsExactly(
                "name: Ann Example → Ann Other",
                "unit: Council/Schools/Northgate Primary → Council/Youth",
                "roles: Learner → Learner, Manager",
                "managed units: none → Council/Youth");
        assertThat(row.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.MANAGER);
        assertThat(row.managedUnitIds()).containsExactly(5L);
    }

    @Test
    void a_deactivated_person_stays_deactivated_and_the_preview_says_so() {
        StaffImportRow row = one("admin@example.org", "Ada Admin", "Council", "", "");
        assertThat(row.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(row.note()).isEqualTo("Deactivated: the import does not reactivate them");
    }

    @Test
    void every_problem_of_a_row_is_listed_with_its_row_number_and_column() {
        assertThat(problems("not-an-email", "", "Council/Atlantis", "learner;boss", "Nowhere"))
                .containsExactly(
                        "Row 2, email: 'not-an-email' is not a valid email address",
                        "Row 2, name: missing",
                        "Row 2, unit: no unit 'Council/Atlantis': 'Atlantis' is not a unit in 'Council'",
                        "Row 2, roles: unknown role 'boss' (use learner, manager, trainer or admin, separated by ';')",
                        "Row 2, managed units: no unit 'Nowhere': 'Nowhere' is not a top-level unit (the tree starts at 'Council')");
    }

    @Test
    void names_and_emails_with_line_breaks_or_control_characters_are_refused() {
        assertThat(problems("new@example.org", "New\nPerson", "Council", "", ""))
                .containsExactly("Row 2, name: contains a line break, tab or other control character; write the name on one line");
        assertThat(problems("new@example.org", "New\u202EPerson", "Council", "", "")).singleElement().asString().contains("control character");
        assertThat(problems("new@example.org", "New\u0000Person", "Council", "", "")).singleElement().asString().contains("control character");
        assertThat(problems("new\r\n@example.org", "New Person", "Council", "", "")).singleElement().asString()
                .contains("is not a valid email address");
        assertThat(problems("ann@example.org", "Ann\u2028Example", "Council", "", "")).singleElement().asString().contains("control character");
    }

    @Test
    void formula_cells_are_refused_whatever_the_column() {
        assertThat(problems("=1+1@example.org", "=HYPERLINK(\"http://evil.example\",\"click\")", "+Council", "@SUM(A1)", "-Council"))
                .containsExactly(
                        "Row 2, email: starts with '=' which spreadsheet programs run as a formula",
                        "Row 2, name: starts with '=' which spreadsheet programs run as a formula",
                        "Row 2, unit: starts with '+' which spreadsheet programs run as a formula",
                        "Row 2, roles: starts with '@' which spreadsheet programs run as a formula",
                        "Row 2, managed units: starts with '-' which spreadsheet programs run as a formula");
        assertThat(problems("a@example.org", "\tTab", "Council", "", "")).containsExactly(
                "Row 2, name: starts with a tab, which spreadsheet programs can run as a formula");
        assertThat(problems("a@example.org", "\rCR", "Council", "", "")).containsExactly(
                "Row 2, name: starts with a carriage return, which spreadsheet programs can run as a formula");
        assertThat(problems("a@example.org", "  =cmd", "Council", "", "")).containsExactly(
                "Row 2, name: starts with '=' which spreadsheet programs run as a formula");
    }

    @Test
    void retired_units_are_refused() {
        assertThat(problems("a@example.org", "A", "Council/Old Depot", "", "")).containsExactly(
                "Row 2, unit: 'Council/Old Depot' is retired");
    }

    @Test
    void a_later_row_with_the_same_email_is_refused_and_names_the_first() {
        List<StaffImportRow> rows = planner.plan(List.of(
                new StaffCsvRow(2, "a@example.org", "A", "Council", "", ""),
                new StaffCsvRow(3, "b@example.org", "B", "Council", "", ""),
                new StaffCsvRow(4, "A@Example.org", "A again", "Council", "", "")), n -> { });
        assertThat(rows).extracting(StaffImportRow::outcome).containsExactly(Outcome.CREATE, Outcome.CREATE, Outcome.REFUSED);
        assertThat(rows.get(2).problems()).containsExactly(
                "Row 4, email: a@example.org duplicates row 2; each person may appear once");
    }

    @Test
    void only_managers_manage_units() {
        assertThat(problems("new@example.org", "New", "Council", "learner", "Council/Youth")).containsExactly(
                "Row 2, managed units: only a manager manages units; add manager to the roles");
        assertThat(problems("max@example.org", "Max Manager", "Council/Schools", "learner", "")).containsExactly(
                "Row 2, roles: leaves out manager, but max@example.org manages Council/Schools; take those units away in the People view first");
    }

    @Test
    void an_administrator_cannot_take_away_their_own_administrator_role() {
        assertThat(problems("admin@example.org", "Ada Admin", "Council", "learner", "")).containsExactly(
                "Row 2, roles: would take away your own administrator role; another administrator must do that");
    }

    @Test
    void two_units_with_the_same_path_are_ambiguous() {
        StaffImportPlanner twins = new StaffImportPlanner(List.of(new NamedUnit(1, "Council", false),
                new NamedUnit(2, "Council/Team", false), new NamedUnit(3, "Council/team", false)), List.of(), "x@example.org");
        StaffImportRow row = twins.plan(List.of(new StaffCsvRow(2, "a@example.org", "A", "Council/Team", "", "")), n -> { }).getFirst();
        assertThat(row.problems()).containsExactly(
                "Row 2, unit: 'Council/Team' matches more than one unit; rename one of them in the Units view");
    }

    @Test
    void progress_is_reported_as_rows_are_checked() {
        List<StaffCsvRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            rows.add(new StaffCsvRow(i + 2, "p" + i + "@example.org", "P " + i, "Council", "", ""));
        }
        List<Integer> seen = new java.util.ArrayList<>();
        planner.plan(rows, seen::add);
        assertThat(seen).containsExactly(500, 1000, 1200);
    }
}
