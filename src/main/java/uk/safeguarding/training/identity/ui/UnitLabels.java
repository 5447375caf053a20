package uk.safeguarding.training.identity.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.safeguarding.training.identity.OrganisationUnit;

/**
 * Names units by where they sit ("Council / Schools / Riverside Academy"), so two teams with the same name in
 * different places can be told apart. Works from the materialised paths, without touching lazy parents.
 */
final class UnitLabels {

    private final Map<Long, OrganisationUnit> byId = new LinkedHashMap<>();

    UnitLabels(List<OrganisationUnit> units) {
        units.forEach(u -> byId.put(u.getId(), u));
    }

    String label(OrganisationUnit unit) {
        String label = ids(unit).stream().map(byId::get).filter(java.util.Objects::nonNull)
                .map(OrganisationUnit::getName).collect(Collectors.joining(" / "));
        return unit.isRetired() ? label + " (retired)" : label;
    }

    /** The parent's id, from the path ("/1/4/9/" has parent 4); null for the top of the organisation. */
    static Long parentId(OrganisationUnit unit) {
        List<Long> ids = ids(unit);
        return ids.size() < 2 ? null : ids.get(ids.size() - 2);
    }

    private static List<Long> ids(OrganisationUnit unit) {
        return Arrays.stream(unit.getPath().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }
}
