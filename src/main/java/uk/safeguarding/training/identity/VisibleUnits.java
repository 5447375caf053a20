package uk.safeguarding.training.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The units whose people's training someone may see and act on: everything (an administrator), the subtrees of the
 * units they manage (a manager), or nothing (anyone else, and a manager of no unit). The one owner of that rule
 * (docs/decisions/0033): reports, assignments, certificate exports, evidence packs, policy reports and the managers'
 * reminder digest all ask {@link IdentityService#visibleUnits()} or {@link IdentityService#visibleUnitsOf(long)}
 * rather than reading the managed units themselves.
 *
 * <p>A subtree is a unit path prefix ({@code /1/4/}): paths end with a slash so {@code /1/4/} never covers
 * {@code /1/40/}. The paths are read when the value is made, so after a unit moves a new value covers its new place.
 */
public final class VisibleUnits {

    private static final VisibleUnits EVERYTHING = new VisibleUnits(true, List.of());
    private static final VisibleUnits NOTHING = new VisibleUnits(false, List.of());

    private final boolean everything;
    /** The top of each visible subtree, none inside another, in path order. */
    private final List<String> roots;

    private VisibleUnits(boolean everything, List<String> roots) {
        this.everything = everything;
        this.roots = roots;
    }

    public static VisibleUnits everything() {
        return EVERYTHING;
    }

    public static VisibleUnits nothing() {
        return NOTHING;
    }

    /** The units at these paths and everything below them; nothing for no paths. */
    public static VisibleUnits subtrees(Collection<String> unitPaths) {
        List<String> sorted = unitPaths.stream().distinct().sorted().toList();
        // A managed unit inside another managed unit adds nothing: dropped, so nobody is listed or counted twice.
        List<String> roots = sorted.stream()
                .filter(p -> sorted.stream().noneMatch(other -> !other.equals(p) && p.startsWith(other)))
                .toList();
        return roots.isEmpty() ? NOTHING : new VisibleUnits(false, roots);
    }

    /**
     * The rule itself: an administrator sees every unit, a manager the units they manage and below, anyone else none.
     *
     * @param managedUnitPaths the paths of the units the person manages now
     */
    public static VisibleUnits of(Set<Role> roles, Collection<String> managedUnitPaths) {
        if (roles.contains(Role.ADMIN)) {
            return EVERYTHING;
        }
        return roles.contains(Role.MANAGER) ? subtrees(managedUnitPaths) : NOTHING;
    }

    public boolean isEverything() {
        return everything;
    }

    public boolean isNothing() {
        return !everything && roots.isEmpty();
    }

    /** The top of each visible subtree, none inside another; empty for everything and for nothing. */
    public List<String> roots() {
        return roots;
    }

    /** Whether the unit at this path (or a person in it) is visible. */
    public boolean contains(String unitPath) {
        return everything || (unitPath != null && roots.stream().anyMatch(unitPath::startsWith));
    }

    public boolean contains(OrganisationUnit unit) {
        return unit != null && contains(unit.getPath());
    }

    /** The visible units among these, in their order. */
    public List<OrganisationUnit> filter(Collection<OrganisationUnit> units) {
        return filter(units, OrganisationUnit::getPath);
    }

    /** The visible items among these (people, rows...), in their order, each placed by its unit's path. */
    public <T> List<T> filter(Collection<T> items, Function<? super T, String> unitPathOf) {
        return everything ? List.copyOf(items) : items.stream().filter(i -> contains(unitPathOf.apply(i))).toList();
    }

    /**
     * The same rule as an SQL (or JPQL) condition on a unit path column, with named parameters
     * {@code :<parameter>0}, {@code :<parameter>1}... given by {@link #sqlParameters}: {@code 1 = 1} for everything,
     * {@code 1 = 0} for nothing. The parameters carry no wildcard of their own: paths hold only digits and slashes.
     */
    public String sqlCondition(String pathColumn, String parameter) {
        if (everything) {
            return "1 = 1";
        }
        if (roots.isEmpty()) {
            return "1 = 0";
        }
        StringBuilder sql = new StringBuilder("(");
        for (int i = 0; i < roots.size(); i++) {
            sql.append(i == 0 ? "" : " or ").append(pathColumn).append(" like :").append(parameter).append(i);
        }
        return sql.append(')').toString();
    }

    /** The values of the parameters {@link #sqlCondition} names: each subtree's path followed by {@code %}. */
    public Map<String, Object> sqlParameters(String parameter) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < roots.size(); i++) {
            values.put(parameter + i, roots.get(i) + "%");
        }
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VisibleUnits v && v.everything == everything && v.roots.equals(roots);
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(everything) * 31 + roots.hashCode();
    }

    @Override
    public String toString() {
        return everything ? "VisibleUnits[everything]" : roots.isEmpty() ? "VisibleUnits[nothing]" : "VisibleUnits" + roots;
    }
}
