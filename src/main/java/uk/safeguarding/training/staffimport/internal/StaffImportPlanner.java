package uk.safeguarding.training.staffimport.internal;

import static uk.safeguarding.training.staffimport.internal.RowProblems.quote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import uk.safeguarding.training.identity.EmailAddress;
import uk.safeguarding.training.identity.PersonRules;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.StaffDirectory.NamedUnit;
import uk.safeguarding.training.identity.StaffDirectory.Person;
import uk.safeguarding.training.staffimport.StaffCsvRow;
import uk.safeguarding.training.staffimport.StaffImportRow;
import uk.safeguarding.training.staffimport.StaffImportRow.Outcome;

/**
 * Decides what a staff import does with each row, against a snapshot of the units and people: pure rules, no
 * database, so every message can be unit-tested. An empty roles or managed-units cell leaves an existing person's
 * roles or managed units as they are (a new person gets the learner role and manages nothing); a filled one
 * replaces them. Nobody missing from the file is touched. Finding units by their names is {@link UnitPaths}'s job;
 * what an email address or a name must look like is identity's ({@link EmailAddress}, {@link PersonRules}).
 */
public final class StaffImportPlanner {

    private static final int PROGRESS_EVERY = 500;

    private final UnitPaths units;
    private final Map<String, Person> people = new HashMap<>();
    private final String actingEmail;

    public StaffImportPlanner(Collection<NamedUnit> units, Collection<Person> existing, String actingEmail) {
        this.units = new UnitPaths(units);
        existing.forEach(p -> people.put(EmailAddress.normalise(p.email()), p));
        this.actingEmail = EmailAddress.normalise(actingEmail);
    }

    public List<StaffImportRow> plan(List<StaffCsvRow> rows, IntConsumer progress) {
        List<StaffImportRow> planned = new ArrayList<>(rows.size());
        Map<String, Integer> firstRowByEmail = new HashMap<>();
        for (StaffCsvRow row : rows) {
            planned.add(plan(row, firstRowByEmail));
            if (planned.size() % PROGRESS_EVERY == 0) {
                progress.accept(planned.size());
            }
        }
        progress.accept(planned.size());
        return planned;
    }

    private StaffImportRow plan(StaffCsvRow row, Map<String, Integer> firstRowByEmail) {
        RowProblems problems = new RowProblems(row.row());
        String email = text(problems, "email", row.email());
        if (email != null) {
            if (EmailAddress.problem(email).isPresent()) {
                problems.add("email", quote(email) + " is not a valid email address");
            } else {
                String normalised = EmailAddress.normalise(email);
                Integer first = firstRowByEmail.putIfAbsent(normalised, row.row());
                if (first != null) {
                    problems.add("email", normalised + " duplicates row " + first + "; each person may appear once");
                }
            }
        }
        String name = text(problems, "name", row.name());
        if (name != null && name.length() > PersonRules.MAX_NAME) {
            problems.add("name", "longer than " + PersonRules.MAX_NAME + " characters");
        }
        if (name != null && PersonRules.hasControlCharacter(name)) {
            problems.add("name", "contains a line break, tab or other control character; write the name on one line");
        }
        NamedUnit unit = null;
        String unitPath = text(problems, "unit", row.unit());
        if (unitPath != null) {
            unit = units.find(problems, "unit", unitPath);
        }
        Set<Role> roles = roles(problems, row.roles());
        Set<Long> managed = managedUnits(problems, row.managedUnits());
        if (!problems.isEmpty()) {
            return StaffImportRow.refused(row, problems.list());
        }
        Person person = people.get(EmailAddress.normalise(email));
        return person == null
                ? create(row, problems, unit, roles == null ? EnumSet.of(Role.LEARNER) : roles, managed == null ? Set.of() : managed)
                : update(row, problems, person, name, unit, roles == null ? person.roles() : roles,
                        managed == null ? person.managedUnitIds() : managed, roles != null);
    }

    private StaffImportRow create(StaffCsvRow row, RowProblems problems, NamedUnit unit, Set<Role> roles, Set<Long> managed) {
        if (!managed.isEmpty() && !roles.contains(Role.MANAGER)) {
            problems.add("managed units", "only a manager manages units; add manager to the roles");
            return StaffImportRow.refused(row, problems.list());
        }
        return new StaffImportRow(row, Outcome.CREATE, List.of(), List.of(), "", unit.id(), roles, managed);
    }

    private StaffImportRow update(StaffCsvRow row, RowProblems problems, Person person, String name, NamedUnit unit,
                                  Set<Role> roles, Set<Long> managed, boolean rolesGiven) {
        if (!managed.isEmpty() && !roles.contains(Role.MANAGER)) {
            if (rolesGiven && managed.equals(person.managedUnitIds())) {
                problems.add("roles", "leaves out manager, but " + person.email() + " manages " + units.paths(managed)
                        + "; take those units away in the People view first");
            } else {
                problems.add("managed units", "only a manager manages units; add manager to the roles");
            }
            return StaffImportRow.refused(row, problems.list());
        }
        if (person.email().equals(actingEmail) && person.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            problems.add("roles", "would take away your own administrator role; another administrator must do that");
            return StaffImportRow.refused(row, problems.list());
        }
        List<String> changes = new ArrayList<>();
        if (!person.name().equals(name)) {
            changes.add("name: " + person.name() + " → " + name);
        }
        if (person.unitId() != unit.id()) {
            changes.add("unit: " + units.pathOf(person.unitId()) + " → " + unit.path());
        }
        if (!person.roles().equals(roles)) {
            changes.add("roles: " + PersonRules.describe(person.roles()) + " → " + PersonRules.describe(roles));
        }
        if (!person.managedUnitIds().equals(managed)) {
            changes.add("managed units: " + units.paths(person.managedUnitIds()) + " → " + units.paths(managed));
        }
        String note = person.active() ? "" : "Deactivated: the import does not reactivate them";
        return new StaffImportRow(row, changes.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATE, changes, List.of(), note,
                unit.id(), roles, managed);
    }

    /** The cell stripped of surrounding spaces, or null (with the problem recorded) when missing or a formula. */
    private static String text(RowProblems problems, String column, String raw) {
        String formula = SpreadsheetFormula.problem(raw);
        if (formula != null) {
            problems.add(column, formula);
            return null;
        }
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            problems.add(column, "missing");
            return null;
        }
        return value;
    }

    private static Set<Role> roles(RowProblems problems, String raw) {
        String formula = SpreadsheetFormula.problem(raw);
        if (formula != null) {
            problems.add("roles", formula);
            return null;
        }
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : raw.split("[;,|]")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            Role role = switch (name) {
                case "learner" -> Role.LEARNER;
                case "manager" -> Role.MANAGER;
                case "trainer" -> Role.TRAINER;
                case "admin", "administrator" -> Role.ADMIN;
                default -> null;
            };
            if (role == null) {
                problems.add("roles", "unknown role " + quote(part.strip()) + " (use learner, manager, trainer or admin, separated by ';')");
            } else {
                roles.add(role);
            }
        }
        return roles.isEmpty() ? null : roles;
    }

    private Set<Long> managedUnits(RowProblems problems, String raw) {
        String formula = SpreadsheetFormula.problem(raw);
        if (formula != null) {
            problems.add("managed units", formula);
            return null;
        }
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String path : raw.split(";")) {
            if (!path.isBlank()) {
                NamedUnit unit = units.find(problems, "managed units", path.strip());
                if (unit != null) {
                    ids.add(unit.id());
                }
            }
        }
        return ids.isEmpty() ? null : Set.copyOf(ids);
    }
}
