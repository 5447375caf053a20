package uk.safeguarding.training.identity;

import java.util.Set;

/**
 * Everything the administrators' edit form saves at once.
 *
 * @param roles          the roles other than manager; the manager role follows {@code managedUnitIds}
 * @param managedUnitIds the units the person manages (with everything below them); empty for none
 */
public record PersonChanges(String displayName, String email, long unitId, Set<Role> roles, Set<Long> managedUnitIds) {
}
