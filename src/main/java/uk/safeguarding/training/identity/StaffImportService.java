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
import uk.safeguarding.training.identity.StaffImportRow.Outcome;
import uk.safeguarding.training.identity.internal.OrganisationUnitRepository;
import uk.safeguarding.training.identity.internal.StaffCsvParser;
import uk.safeguarding.training.identity.internal.StaffDirectoryRepository;
import uk.safeguarding.training.identity.internal.StaffImportPlanner;
import uk.safeguarding.training.identity.internal.StaffImportPlanner.ExistingPerson;
import uk.safeguarding.training.identity.internal.StaffImportPlanner.UnitEntry;
import uk.safeguarding.training.identity.internal.UserAccountRepository;

/**
 * Bulk import of staff from a CSV file: a preview of what each row would do, then the good rows written in one
 * transaction after checking every row again. New people get no password: they sign in once an administrator issues
 * a one-time password, or through single sign-on. Nobody missing from the file is changed or deactivated.
 */
@Service
public class StaffImportService {

    /** The largest file accepted, for the upload's limit. */
    public static final int MAX_BYTES = StaffCsvParser.MAX_BYTES;

    /** People written between flushes; keeps the persistence context (and each flush's dirty check) small. */
    private static final int CHUNK = 500;

    private final StaffDirectoryRepository directory;
    private final UserAccountRepository users;
    private final OrganisationUnitRepository units;
    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffImportService(StaffDirectoryRepository directory, UserAccountRepository users, OrganisationUnitRepository units,
                       EntityManager entityManager, CurrentUser currentUser, AuditLog audit,
                       ApplicationEventPublisher events, Clock clock) {
        this.directory = directory;
        this.users = users;
        this.units = units;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Reads the file and says what importing it would do, row by row; writes nothing.
     *
     * @param progress told the number of rows checked so far, now and then
     */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public StaffImportPlan preview(String fileName, byte[] csv, IntConsumer progress) {
        StaffCsvParser.ParsedFile file = StaffCsvParser.parse(csv);
        if (!file.problems().isEmpty()) {
            return new StaffImportPlan(fileName, file.problems(), file.ignoredColumns(), List.of());
        }
        return new StaffImportPlan(fileName, List.of(), file.ignoredColumns(), planner().plan(file.rows(), progress));
    }

    /**
     * Imports the rows of a preview that create or update someone, all in one transaction. Every row is checked
     * again first; if anything would turn out differently from the preview, nothing is written and
     * {@link StaffImportChangedException} carries the new preview.
     *
     * @param progress told the number of people written so far, now and then
     */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public StaffImportResult confirm(StaffImportPlan preview, IntConsumer progress) {
        if (!preview.fileProblems().isEmpty()) {
            throw new IllegalArgumentException("This file cannot be imported: " + String.join(" ", preview.fileProblems()));
        }
        List<StaffImportRow> rows = planner().plan(preview.rows().stream().map(StaffImportRow::cells).toList(), n -> { });
        StaffImportPlan fresh = new StaffImportPlan(preview.fileName(), List.of(), preview.ignoredColumns(), rows);
        if (!fresh.sameAs(preview)) {
            throw new StaffImportChangedException(fresh);
        }
        Map<Long, String> unitPaths = unitEntries().stream().collect(Collectors.toMap(UnitEntry::id, UnitEntry::path));
        Map<Long, String> idPaths = units.findAllByOrderByPathAsc().stream()
                .collect(Collectors.toMap(OrganisationUnit::getId, OrganisationUnit::getPath));
        List<StaffImportRow> work = rows.stream()
                .filter(r -> r.outcome() == Outcome.CREATE || r.outcome() == Outcome.UPDATE).toList();
        LocalDate today = LocalDate.now(clock);
        for (int from = 0; from < work.size(); from += CHUNK) {
            List<StaffImportRow> chunk = work.subList(from, Math.min(work.size(), from + CHUNK));
            Map<String, UserAccount> accounts = directory.withRolesAndManagedUnits(chunk.stream()
                            .filter(r -> r.outcome() == Outcome.UPDATE).map(StaffImportRow::email).toList())
                    .stream().collect(Collectors.toMap(UserAccount::getEmail, Function.identity()));
            List<PersonJoinedUnit> joined = new ArrayList<>();
            for (StaffImportRow row : chunk) {
                if (row.outcome() == Outcome.CREATE) {
                    joined.add(create(row, today, unitPaths, idPaths));
                } else {
                    update(row, accounts.get(row.email()), today, unitPaths, idPaths).ifPresent(joined::add);
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
        progress.accept(work.size());
        StaffImportResult result = new StaffImportResult((int) fresh.count(Outcome.CREATE), (int) fresh.count(Outcome.UPDATE),
                (int) fresh.count(Outcome.UNCHANGED), (int) fresh.count(Outcome.REFUSED));
        audit.record(AuditAction.PEOPLE_IMPORTED, preview.fileName(), result.created() + " created, " + result.updated()
                + " updated, " + result.unchanged() + " unchanged, " + result.refused() + " rows refused");
        return result;
    }

    private PersonJoinedUnit create(StaffImportRow row, LocalDate today, Map<Long, String> unitPaths, Map<Long, String> idPaths) {
        UserAccount account = new UserAccount(row.email(), row.cells().name().strip(), unitRef(row.unitId()), today,
                clock.instant());
        row.roles().forEach(account::grant);
        row.managedUnitIds().forEach(id -> account.manage(unitRef(id)));
        UserAccount saved = users.save(account);
        audit.record(AuditAction.USER_CREATED, saved.getEmail(), "Imported into " + unitPaths.get(row.unitId())
                + "; roles " + row.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", "))
                + (row.managedUnitIds().isEmpty() ? "" : "; manages " + row.managedUnitIds().stream().map(unitPaths::get)
                .sorted().collect(Collectors.joining("; "))));
        return new PersonJoinedUnit(saved.getId(), row.unitId(), idPaths.get(row.unitId()), today);
    }

    private Optional<PersonJoinedUnit> update(StaffImportRow row, UserAccount account, LocalDate today, Map<Long, String> unitPaths,
                        Map<Long, String> idPaths) {
        String name = row.cells().name().strip();
        if (!account.getDisplayName().equals(name)) {
            account.setDisplayName(name);
            audit.record(AuditAction.USER_CHANGED, account.getEmail(), "Import: name changed");
        }
        Optional<PersonJoinedUnit> joined = Optional.empty();
        if (!account.getUnit().getId().equals(row.unitId())) {
            account.moveTo(unitRef(row.unitId()), today);
            audit.record(AuditAction.UNIT_CHANGED, account.getEmail(), "Import: moved to " + unitPaths.get(row.unitId()));
            joined = Optional.of(new PersonJoinedUnit(account.getId(), row.unitId(), idPaths.get(row.unitId()), today));
        }
        boolean rolesChanged = !account.getRoles().equals(row.roles());
        Arrays.stream(Role.values()).filter(r -> !row.roles().contains(r)).forEach(account::revoke);
        row.roles().forEach(account::grant);
        Set<Long> managedNow = new HashSet<>();
        for (OrganisationUnit managed : account.getManagedUnits()) {
            managedNow.add(managed.getId());
            if (!row.managedUnitIds().contains(managed.getId())) {
                account.stopManaging(managed);
            }
        }
        row.managedUnitIds().stream().filter(id -> !managedNow.contains(id)).forEach(id -> account.manage(unitRef(id)));
        if (rolesChanged || !managedNow.equals(row.managedUnitIds())) {
            audit.record(AuditAction.ROLE_CHANGED, account.getEmail(), "Import: roles "
                    + row.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", "))
                    + "; manages " + (row.managedUnitIds().isEmpty() ? "nothing"
                    : row.managedUnitIds().stream().map(unitPaths::get).sorted().collect(Collectors.joining("; "))));
        }
        return joined;
    }

    private OrganisationUnit unitRef(long id) {
        return entityManager.getReference(OrganisationUnit.class, id);
    }

    private StaffImportPlanner planner() {
        return new StaffImportPlanner(unitEntries(), existingPeople(), currentUser.require().email());
    }

    /** Each unit with its path of names; retired when it or any unit above it is retired. */
    private List<UnitEntry> unitEntries() {
        List<OrganisationUnit> all = units.findAllByOrderByPathAsc();
        Map<Long, OrganisationUnit> byId = new HashMap<>();
        all.forEach(u -> byId.put(u.getId(), u));
        List<UnitEntry> entries = new ArrayList<>(all.size());
        for (OrganisationUnit unit : all) {
            List<OrganisationUnit> chain = Arrays.stream(unit.getPath().split("/")).filter(s -> !s.isEmpty())
                    .map(s -> byId.get(Long.parseLong(s))).toList();
            entries.add(new UnitEntry(unit.getId(), chain.stream().map(OrganisationUnit::getName).collect(Collectors.joining("/")),
                    chain.stream().anyMatch(OrganisationUnit::isRetired)));
        }
        return entries;
    }

    private List<ExistingPerson> existingPeople() {
        Map<Long, Set<Role>> roles = new HashMap<>();
        directory.roles().forEach(r -> roles.computeIfAbsent((Long) r[0], id -> new HashSet<>()).add((Role) r[1]));
        Map<Long, Set<Long>> managed = new HashMap<>();
        directory.managedUnits().forEach(m -> managed.computeIfAbsent((Long) m[0], id -> new HashSet<>()).add((Long) m[1]));
        return directory.people().stream().map(p -> {
            long id = (Long) p[0];
            return new ExistingPerson(id, (String) p[1], (String) p[2], (Long) p[3], (Boolean) p[4],
                    roles.getOrDefault(id, Set.of()), managed.getOrDefault(id, Set.of()));
        }).toList();
    }
}
