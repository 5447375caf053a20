package uk.safeguarding.training.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.identity.internal.OrganisationUnitRepository;
import uk.safeguarding.training.identity.internal.StaffDirectoryRepository;
import uk.safeguarding.training.identity.internal.UserAccountRepository;

/**
 * Everyone and every unit as plain values, and writing many people at once: what a bulk import (the staff CSV import)
 * needs from identity, without it touching accounts or repositories. Reading is a few queries whatever the number of
 * people; writing is audited per person like the People view's changes, and flushed in chunks.
 */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

    /** A unit with its path of names from the root, e.g. "Council/Schools"; retired when it or a unit above it is. */
    public record NamedUnit(long id, String path, boolean retired) {
    }

    /** A person as stored now. */
    public record Person(long id, String email, String name, long unitId, boolean active, Set<Role> roles,
                         Set<Long> managedUnitIds) {
    }

    /**
     * A person to add (when {@code isNew}) or to bring to these values; the caller has checked every rule a person's
     * details follow ({@link PersonRules}) and that an update names someone who exists.
     */
    public record PersonToWrite(boolean isNew, EmailAddress email, String name, long unitId, Set<Role> roles,
                                Set<Long> managedUnitIds) {
    }

    /** People written between flushes; keeps the persistence context (and each flush's dirty check) small. */
    private static final int CHUNK = 500;

    private final StaffDirectoryRepository directory;
    private final UserAccountRepository users;
    private final OrganisationUnitRepository units;
    private final EntityManager entityManager;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffDirectory(StaffDirectoryRepository directory, UserAccountRepository users, OrganisationUnitRepository units,
                   EntityManager entityManager, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.directory = directory;
        this.users = users;
        this.units = units;
        this.entityManager = entityManager;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Each unit with its path of names; retired when it or any unit above it is retired. */
    @RolesAllowed(AppRoles.ADMIN)
    public List<NamedUnit> units() {
        List<OrganisationUnit> all = units.findAllByOrderByPathAsc();
        Map<Long, OrganisationUnit> byId = new HashMap<>();
        all.forEach(u -> byId.put(u.getId(), u));
        List<NamedUnit> entries = new ArrayList<>(all.size());
        for (OrganisationUnit unit : all) {
            List<OrganisationUnit> chain = Arrays.stream(unit.getPath().split("/")).filter(s -> !s.isEmpty())
                    .map(s -> byId.get(Long.parseLong(s))).toList();
            entries.add(new NamedUnit(unit.getId(), chain.stream().map(OrganisationUnit::getName).collect(Collectors.joining("/")),
                    chain.stream().anyMatch(OrganisationUnit::isRetired)));
        }
        return entries;
    }

    /** Everyone, with roles and managed units, in three queries. */
    @RolesAllowed(AppRoles.ADMIN)
    public List<Person> people() {
        Map<Long, Set<Role>> roles = new HashMap<>();
        directory.roles().forEach(r -> roles.computeIfAbsent((Long) r[0], id -> new HashSet<>()).add((Role) r[1]));
        Map<Long, Set<Long>> managed = new HashMap<>();
        directory.managedUnits().forEach(m -> managed.computeIfAbsent((Long) m[0], id -> new HashSet<>()).add((Long) m[1]));
        return directory.people().stream().map(p -> {
            long id = (Long) p[0];
            return new Person(id, (String) p[1], (String) p[2], (Long) p[3], (Boolean) p[4],
                    roles.getOrDefault(id, Set.of()), managed.getOrDefault(id, Set.of()));
        }).toList();
    }

    /**
     * Adds and updates the people of an import, in the caller's transaction (so a failure leaves nobody written), each change
     * audited and each arrival in a unit published as {@link PersonJoinedUnit}.
     *
     * @param progress told the number of people written so far, now and then
     */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public void importPeople(List<PersonToWrite> people, IntConsumer progress) {
        Map<Long, String> unitPaths = units().stream().collect(Collectors.toMap(NamedUnit::id, NamedUnit::path));
        Map<Long, String> idPaths = units.findAllByOrderByPathAsc().stream()
                .collect(Collectors.toMap(OrganisationUnit::getId, OrganisationUnit::getPath));
        LocalDate today = LocalDate.now(clock);
        for (int from = 0; from < people.size(); from += CHUNK) {
            List<PersonToWrite> chunk = people.subList(from, Math.min(people.size(), from + CHUNK));
            Map<String, UserAccount> accounts = directory.withRolesAndManagedUnits(chunk.stream()
                            .filter(p -> !p.isNew()).map(p -> p.email().value()).toList())
                    .stream().collect(Collectors.toMap(UserAccount::getEmail, Function.identity()));
            List<PersonJoinedUnit> joined = new ArrayList<>();
            for (PersonToWrite person : chunk) {
                if (person.isNew()) {
                    joined.add(create(person, today, unitPaths, idPaths));
                } else {
                    update(person, accounts.get(person.email().value()), today, unitPaths, idPaths)
                            .ifPresent(joined::add);
                }
            }
            // Listeners (unit assignments) query the database, and each query flushes first: with the chunk's people
            // written and cleared away, those flushes stay cheap instead of re-checking every person so far.
            entityManager.flush();
            entityManager.clear();
            joined.forEach(events::publishEvent);
            entityManager.flush();
            entityManager.clear();
            progress.accept(from + chunk.size());
        }
        progress.accept(people.size());
    }

    private PersonJoinedUnit create(PersonToWrite person, LocalDate today, Map<Long, String> unitPaths,
                                    Map<Long, String> idPaths) {
        UserAccount account = new UserAccount(person.email(), person.name(), unitRef(person.unitId()), today, clock.instant());
        person.roles().forEach(account::grant);
        person.managedUnitIds().forEach(id -> account.manage(unitRef(id)));
        UserAccount saved = users.save(account);
        audit.record(AuditAction.USER_CREATED, saved.getEmail(), "Imported into " + unitPaths.get(person.unitId())
                + "; roles " + PersonRules.describe(person.roles())
                + (person.managedUnitIds().isEmpty() ? "" : "; manages " + paths(person.managedUnitIds(), unitPaths)));
        return new PersonJoinedUnit(saved.getId(), person.unitId(), idPaths.get(person.unitId()), today);
    }

    private Optional<PersonJoinedUnit> update(PersonToWrite person, UserAccount account, LocalDate today,
                                              Map<Long, String> unitPaths, Map<Long, String> idPaths) {
        if (!account.getDisplayName().equals(person.name())) {
            account.setDisplayName(person.name());
            audit.record(AuditAction.USER_CHANGED, account.getEmail(), "Import: name changed");
        }
        Optional<PersonJoinedUnit> joined = Optional.empty();
        if (!account.getUnit().getId().equals(person.unitId())) {
            account.moveTo(unitRef(person.unitId()), today);
            audit.record(AuditAction.UNIT_CHANGED, account.getEmail(), "Import: moved to " + unitPaths.get(person.unitId()));
            joined = Optional.of(new PersonJoinedUnit(account.getId(), person.unitId(), idPaths.get(person.unitId()), today));
        }
        boolean rolesChanged = !account.getRoles().equals(person.roles());
        Arrays.stream(Role.values()).filter(r -> !person.roles().contains(r)).forEach(account::revoke);
        person.roles().forEach(account::grant);
        Set<Long> managedNow = new HashSet<>();
        for (OrganisationUnit managed : account.getManagedUnits()) {
            managedNow.add(managed.getId());
            if (!person.managedUnitIds().contains(managed.getId())) {
                account.stopManaging(managed);
            }
        }
        person.managedUnitIds().stream().filter(id -> !managedNow.contains(id)).forEach(id -> account.manage(unitRef(id)));
        if (rolesChanged || !managedNow.equals(person.managedUnitIds())) {
            audit.record(AuditAction.ROLE_CHANGED, account.getEmail(), "Import: roles " + PersonRules.describe(person.roles())
                    + "; manages " + (person.managedUnitIds().isEmpty() ? "nothing" : paths(person.managedUnitIds(), unitPaths)));
        }
        return joined;
    }

    private static String paths(Set<Long> unitIds, Map<Long, String> unitPaths) {
        return unitIds.stream().map(unitPaths::get).sorted().collect(Collectors.joining("; "));
    }

    private OrganisationUnit unitRef(long id) {
        return entityManager.getReference(OrganisationUnit.class, id);
    }
}
