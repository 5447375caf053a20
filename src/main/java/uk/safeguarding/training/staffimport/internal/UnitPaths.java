package uk.safeguarding.training.staffimport.internal;

import static uk.safeguarding.training.staffimport.internal.RowProblems.quote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguarding.training.identity.StaffDirectory.NamedUnit;

/**
 * Finds units by the path of names a spreadsheet writes ("Council/Schools/Northgate Primary"), in any case and
 * spacing, and says where a path stops matching so the administrator knows which name to fix.
 */
final class UnitPaths {

    private final Map<String, NamedUnit> unitsByKey = new HashMap<>();
    private final Set<String> ambiguousKeys = new HashSet<>();
    private final Map<Long, NamedUnit> unitsById = new HashMap<>();

    UnitPaths(Collection<NamedUnit> units) {
        for (NamedUnit unit : units) {
            unitsById.put(unit.id(), unit);
            if (unitsByKey.putIfAbsent(key(unit.path()), unit) != null) {
                ambiguousKeys.add(key(unit.path()));
            }
        }
    }

    /** The unit in use at that path, or null with the reason recorded against the column. */
    NamedUnit find(RowProblems problems, String column, String path) {
        String key = key(path);
        if (ambiguousKeys.contains(key)) {
            problems.add(column, quote(path) + " matches more than one unit; rename one of them in the Units view");
            return null;
        }
        NamedUnit unit = unitsByKey.get(key);
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

    String pathOf(long unitId) {
        NamedUnit unit = unitsById.get(unitId);
        return unit == null ? "unit " + unitId : unit.path();
    }

    String paths(Set<Long> unitIds) {
        return unitIds.isEmpty() ? "none" : unitIds.stream().map(this::pathOf).sorted().collect(Collectors.joining("; "));
    }

    /** Says which name along the path is not found. */
    private String whereItStops(String path) {
        String known = "";
        for (String name : segments(path)) {
            String candidate = known.isEmpty() ? name : known + "/" + name;
            NamedUnit unit = unitsByKey.get(key(candidate));
            if (unit == null) {
                if (known.isEmpty()) {
                    String roots = unitsById.values().stream().filter(u -> !u.path().contains("/")).map(NamedUnit::path)
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
}
