package uk.safeguarding.training.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.safeguarding.training.identity.PersonRules;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.StaffCsvRow;
import uk.safeguarding.training.identity.StaffImportRow;
import uk.safeguarding.training.identity.StaffImportRow.Outcome;
import uk.safeguarding.training.identity.UserAccount;

/**
 * Decides what a staff import does with each row, against a snapshot of the units and people: pure rules, no
 * database, so every message can be unit-tested. An empty roles or managed-units cell leaves an existing person's
 * roles or managed units as they are (a new person gets the learner role and manages nothing); a filled one
 * replaces them. Nobody missing from the file is touched.
 */
public final class StaffImportPlanner {

    /** A unit with its path of names from the root, e.g. "Council/Schools"; retired when it or a unit above it is. */
    public record UnitEntry(long id, String path, boolean retired) {
    }

    /** A person as stored now. */
    public record ExistingPerson(long id, String email, String name, long unitId, boolean active, Set<Role> roles,
                                 Set<Long> managedUnitIds) {
    }

    private static final int PROGRESS_EVERY = 500;

    private final Map<String, UnitEntry> unitsByKey = new HashMap<>();
    private final Set<String> ambiguousKeys = new HashSet<>();
    private final Map<Long, UnitEntry> unitsById = new HashMap<>();
    private final Map<String, ExistingPerson> people = new HashMap<>();
    private final String actingEmail;

    public StaffImportPlanner(Collection<UnitEntry> units, Collection<ExistingPerson> existing, String actingEmail) {
        for (UnitEntry unit : units) {
            unitsById.put(unit.id(), unit);
            if (unitsByKey.putIfAbsent(key(unit.path()), unit) != null) {
                ambiguousKeys.add(key(unit.path()));
            }
        }
        existing.forEach(p -> people.put(UserAccount.normaliseEmail(p.email()), p));
        this.actingEmail = UserAccount.normaliseEmail(actingEmail);
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
        Problems problems = new Problems(row.row());
        String email = text(problems, "email", row.email());
        if (email != null) {
            String normalised = UserAccount.normaliseEmail(email);
            if (!PersonRules.looksLikeEmail(normalised)) {
                problems.add("email", quote(email) + " is not a valid email address");
            } else {
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
        UnitEntry unit = null;
        String unitPath = text(problems, "unit", row.unit());
        if (unitPath != null) {
            unit = unit(problems, "unit", unitPath);
        }
        Set<Role> roles = roles(problems, row.roles());
        Set<Long> managed = managedUnits(problems, row.managedUnits());
        if (!problems.isEmpty()) {
            return StaffImportRow.refused(row, problems.list);
        }
        ExistingPerson person = people.get(UserAccount.normaliseEmail(email));
        return person == null
                ? create(row, problems, unit, roles == null ? EnumSet.of(Role.LEARNER) : roles, managed == null ? Set.of() : managed)
                : update(row, problems, person, name, unit, roles == null ? person.roles() : roles,
                        managed == null ? person.managedUnitIds() : managed, roles != null);
    }

    private StaffImportRow create(StaffCsvRow row, Problems problems, UnitEntry unit, Set<Role> roles, Set<Long> managed) {
        if (!managed.isEmpty() && !roles.contains(Role.MANAGER)) {
            problems.add("managed units", "only a manager manages units; add manager to the roles");
            return StaffImportRow.refused(row, problems.list);
        }
        return new StaffImportRow(row, Outcome.CREATE, List.of(), List.of(), "", unit.id(), roles, managed);
    }

    private StaffImportRow update(StaffCsvRow row, Problems problems, ExistingPerson person, String name, UnitEntry unit,
                                  Set<Role> roles, Set<Long> managed, boolean rolesGiven) {
        if (!managed.isEmpty() && !roles.contains(Role.MANAGER)) {
            if (rolesGiven && managed.equals(person.managedUnitIds())) {
                problems.add("roles", "leaves out manager, but " + person.email() + " manages " + paths(managed)
                        + "; take those units away in the People view first");
            } else {
                problems.add("managed units", "only a manager manages units; add manager to the roles");
            }
            return StaffImportRow.refused(row, problems.list);
        }
        if (person.email().equals(actingEmail) && person.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            problems.add("roles", "would take away your own administrator role; another administrator must do that");
            return StaffImportRow.refused(row, problems.list);
        }
        List<String> changes = new ArrayList<>();
        if (!person.name().equals(name)) {
            changes.add("name: " + person.name() + " → " + name);
        }
        if (person.unitId() != unit.id()) {
            changes.add("unit: " + pathOf(person.unitId()) + " → " + unit.path());
        }
        if (!person.roles().equals(roles)) {
            changes.add("roles: " + labels(person.roles()) + " → " + labels(roles));
        }
        if (!person.managedUnitIds().equals(managed)) {
            changes.add("managed units: " + paths(person.managedUnitIds()) + " → " + paths(managed));
        }
        String note = person.active() ? "" : "Deactivated: the import does not reactivate them";
        return new StaffImportRow(row, changes.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATE, changes, List.of(), note,
                unit.id(), roles, managed);
    }

    /** The cell stripped of surrounding spaces, or null (with the problem recorded) when missing or a formula. */
    private static String text(Problems problems, String column, String raw) {
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

    private Set<Role> roles(Problems problems, String raw) {
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

    private Set<Long> managedUnits(Problems problems, String raw) {
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
                UnitEntry unit = unit(problems, "managed units", path.strip());
                if (unit != null) {
                    ids.add(unit.id());
                }
            }
        }
        return ids.isEmpty() ? null : Set.copyOf(ids);
    }

    private UnitEntry unit(Problems problems, String column, String path) {
        String key = key(path);
        if (ambiguousKeys.contains(key)) {
            problems.add(column, quote(path) + " matches more than one unit; rename one of them in the Units view");
            return null;
        }
        UnitEntry unit = unitsByKey.get(key);
        if (unit == null) {
            problems.add(column, "no unit " + quote(path) + ": " + whereItStops(path));
            return null;
        }
        if (unit.retired()) {
            problems.add(column, quote(unit.path()) + " is retired");
            return null;
        }
        return unit;
    }

    /** Says which name along the path is not found, so the administrator knows what to fix. */
    private String whereItStops(String path) {
        List<String> names = segments(path);
        String known = "";
        for (String name : names) {
            String candidate = known.isEmpty() ? name : known + "/" + name;
            UnitEntry unit = unitsByKey.get(key(candidate));
            if (unit == null) {
                if (known.isEmpty()) {
                    String roots = unitsById.values().stream().filter(u -> !u.path().contains("/")).map(UnitEntry::path)
                            .sorted().collect(Collectors.joining("', '"));
                    return quote(name) + " is not a top-level unit (the tree starts at '" + roots + "')";
                }
                return quote(name) + " is not a unit in '" + unitsByKey.get(key(known)).path() + "'";
            }
            known = unit.path();
        }
        return "unit paths are names from the top of the tree, separated by '/'";
    }

    private static List<String> segments(String path) {
        List<String> names = new ArrayList<>();
        for (String name : path.split("/")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    private static String key(String path) {
        return segments(path).stream().map(s -> s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)).collect(Collectors.joining("/"));
    }

    private String pathOf(long unitId) {
        UnitEntry unit = unitsById.get(unitId);
        return unit == null ? "unit " + unitId : unit.path();
    }

    private String paths(Set<Long> unitIds) {
        return unitIds.isEmpty() ? "none" : unitIds.stream().map(this::pathOf).sorted().collect(Collectors.joining("; "));
    }

    private static String labels(Set<Role> roles) {
        return roles.isEmpty() ? "none" : roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }

    private static String quote(String value) {
        String shown = value.length() > 80 ? value.substring(0, 77) + "..." : value;
        return "'" + shown + "'";
    }

    private static final class Problems {
        private final int row;
        private final List<String> list = new ArrayList<>();

        Problems(int row) {
            this.row = row;
        }

        void add(String column, String message) {
            list.add("Row " + row + ", " + column + ": " + message);
        }

        boolean isEmpty() {
            return list.isEmpty();
        }
    }
}
