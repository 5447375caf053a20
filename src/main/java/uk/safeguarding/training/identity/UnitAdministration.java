package uk.safeguarding.training.identity;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.identity.ChangeRefused.Field;
import uk.safeguarding.training.identity.internal.OrganisationUnitRepository;
import uk.safeguarding.training.identity.internal.UserAccountRepository;

/**
 * Administrators shape the organisation tree: add, rename, move and retire units. Unit names are unique among
 * their siblings (ignoring case); a move rewrites the materialised path of the whole subtree, so "this unit and
 * below" queries (reports, assignments, managers' scope) follow it at once.
 */
@Service
@Transactional
@RolesAllowed(AppRoles.ADMIN)
public class UnitAdministration {

    private final OrganisationUnitRepository units;
    private final UserAccountRepository users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnitAdministration(OrganisationUnitRepository units, UserAccountRepository users, AuditLog audit,
                       ApplicationEventPublisher events, Clock clock) {
        this.units = units;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Every unit, retired ones included, in tree order (by path). */
    @Transactional(readOnly = true)
    public List<OrganisationUnit> units() {
        return units.findAllByOrderByPathAsc();
    }

    /** The units people can be put in, moved to or made managers of. */
    @Transactional(readOnly = true)
    public List<OrganisationUnit> unitsInUse() {
        return units.findAllByOrderByPathAsc().stream().filter(u -> !u.isRetired()).toList();
    }

    /** How many active people are in the unit or below it. */
    @Transactional(readOnly = true)
    public long activePeopleIn(long unitId) {
        return users.countActiveInUnitTree(load(unitId).getPath());
    }

    public OrganisationUnit addUnit(String name, long parentId) {
        OrganisationUnit parent = inUse(parentId);
        String unitName = uniqueName(name, parent, null, Field.NAME);
        OrganisationUnit unit = units.saveAndFlush(new OrganisationUnit(unitName, parent));
        unit.assignPath();
        audit.record(AuditAction.UNIT_CREATED, unitName, "Added under " + parent.getName());
        return unit;
    }

    public void renameUnit(long unitId, String name) {
        OrganisationUnit unit = load(unitId);
        String oldName = unit.getName();
        String newName = uniqueName(name, unit.getParent(), unit, Field.NAME);
        if (newName.equals(oldName)) {
            return;
        }
        unit.rename(newName);
        audit.record(AuditAction.UNIT_RENAMED, newName, "Renamed from " + oldName);
    }

    /**
     * Hangs a unit (with everything below it) under another. The people in it then also count as joining the new
     * parent's tree, so unit-wide assignments made there reach them.
     */
    public void moveUnit(long unitId, long newParentId) {
        OrganisationUnit unit = load(unitId);
        if (unit.getParent() == null) {
            throw new ChangeRefused(Field.PARENT, "The top of the organisation cannot be moved.");
        }
        OrganisationUnit newParent = inUse(newParentId);
        if (unit.contains(newParent)) {
            throw new ChangeRefused(Field.PARENT, unit.getName() + " cannot move under itself or a unit below it.");
        }
        OrganisationUnit oldParent = unit.getParent();
        if (oldParent.getId().equals(newParent.getId())) {
            return;
        }
        uniqueName(unit.getName(), newParent, unit, Field.PARENT);
        String oldPath = unit.getPath();
        List<OrganisationUnit> below = units.findByPathStartingWithOrderByPathAsc(oldPath).stream()
                .filter(u -> !u.equals(unit)).toList();
        unit.moveUnder(newParent);
        below.forEach(u -> u.rebase(oldPath, unit.getPath()));
        units.flush();
        audit.record(AuditAction.UNIT_MOVED, unit.getName(), "Moved from " + oldParent.getName() + " to " + newParent.getName());
        LocalDate today = LocalDate.now(clock);
        users.findInUnitTree(unit.getPath()).stream().filter(UserAccount::isActive).forEach(person -> events.publishEvent(
                new PersonJoinedUnit(person.getId(), person.getUnit().getId(), person.getUnit().getPath(), today)));
    }

    /**
     * Retires a unit nobody active is in any more and that has no units in use below it. It stays in past records
     * but is no longer offered; nobody manages it any more.
     */
    public void retireUnit(long unitId) {
        OrganisationUnit unit = load(unitId);
        if (unit.isRetired()) {
            return;
        }
        if (unit.getParent() == null) {
            throw new ChangeRefused(Field.STATUS, "The top of the organisation cannot be retired.");
        }
        long people = users.countActiveInUnitTree(unit.getPath());
        if (people > 0) {
            throw new ChangeRefused(Field.STATUS, (people == 1 ? "1 active person is" : people + " active people are")
                    + " still in " + unit.getName() + " or a unit below it: move them first.");
        }
        if (units.findByParent(unit).stream().anyMatch(child -> !child.isRetired())) {
            throw new ChangeRefused(Field.STATUS, unit.getName() + " still has units in use below it: move or retire them first.");
        }
        unit.retire();
        for (UserAccount manager : users.findManagersOf(unit)) {
            manager.stopManaging(unit);
            String rest = "";
            if (manager.getManagedUnits().isEmpty()) {
                manager.revoke(Role.MANAGER);
                rest = "; no longer a manager";
            }
            audit.record(AuditAction.ROLE_CHANGED, manager.getEmail(), "No longer manages " + unit.getName()
                    + " (retired)" + rest);
        }
        audit.record(AuditAction.UNIT_RETIRED, unit.getName(), "Retired (was under " + unit.getParent().getName() + ")");
    }

    /** The name, trimmed, when no other unit in use under the same parent has it (ignoring case). */
    private String uniqueName(String name, OrganisationUnit parent, OrganisationUnit self, Field field) {
        String unitName = name == null ? "" : name.strip();
        if (unitName.isEmpty()) {
            throw new ChangeRefused(Field.NAME, "Enter a name for the unit.");
        }
        if (unitName.length() > 200) {
            throw new ChangeRefused(Field.NAME, "Use at most 200 characters for the unit's name.");
        }
        List<OrganisationUnit> siblings = parent == null ? units.findByParentIsNull() : units.findByParent(parent);
        boolean taken = siblings.stream()
                .anyMatch(s -> !s.equals(self) && !s.isRetired() && s.getName().equalsIgnoreCase(unitName));
        if (taken) {
            throw new ChangeRefused(field, "There is already a unit called " + unitName + " in " + (parent == null ? "the organisation" : parent.getName())
                            + ": choose another name.");
        }
        return unitName;
    }

    private OrganisationUnit load(long unitId) {
        return units.findById(unitId).orElseThrow(() -> new IllegalArgumentException("Unknown unit " + unitId));
    }

    private OrganisationUnit inUse(long unitId) {
        OrganisationUnit unit = units.findById(unitId).orElseThrow(() -> new ChangeRefused(Field.PARENT, "Choose a unit."));
        if (unit.isRetired()) {
            throw new ChangeRefused(Field.PARENT, unit.getName() + " is retired: choose a unit in use.");
        }
        return unit;
    }
}
