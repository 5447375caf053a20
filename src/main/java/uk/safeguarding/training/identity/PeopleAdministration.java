package uk.safeguarding.training.identity;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.shared.LikePatterns;
import uk.safeguarding.training.identity.ChangeRefused.Field;
import uk.safeguarding.training.identity.IdentityService.NewPerson;
import uk.safeguarding.training.identity.internal.OneTimePasswords;
import uk.safeguarding.training.identity.internal.OrganisationUnitRepository;
import uk.safeguarding.training.identity.internal.UserAccountRepository;

/**
 * Administrators look after the people: add them, change their details, units and roles, deactivate and reactivate
 * them and issue one-time passwords. Every change is audited in its own transaction; a refused change
 * ({@link ChangeRefused}) changes nothing. The organisation is never left without an active administrator.
 */
@Service
@Transactional
@RolesAllowed(AppRoles.ADMIN)
public class PeopleAdministration {

    private final UserAccountRepository users;
    private final OrganisationUnitRepository units;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeopleAdministration(UserAccountRepository users, OrganisationUnitRepository units, PasswordEncoder passwordEncoder,
                         CurrentUser currentUser, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** One page of the people matching the search, by name. */
    @Transactional(readOnly = true)
    public List<UserAccount> findPeople(PeopleSearch search, int page, int pageSize) {
        return users.search(pattern(search), unitPath(search), status(search), PageRequest.of(page, pageSize));
    }

    @Transactional(readOnly = true)
    public long countPeople(PeopleSearch search) {
        return users.countSearch(pattern(search), unitPath(search), status(search));
    }

    /** One person with their unit and the units they manage, for the edit form. */
    @Transactional(readOnly = true)
    public UserAccount person(long userId) {
        return users.findForAdministration(userId).orElseThrow(() -> new IllegalArgumentException("Unknown person " + userId));
    }

    /**
     * Adds a person with a one-time password, returned here and nowhere else: the administrator passes it on and
     * the person chooses their own at the first sign-in.
     */
    public OneTimePassword addPerson(NewPerson person, Set<Long> managedUnitIds) {
        String name = PersonRules.name(person.displayName());
        EmailAddress email = PersonRules.email(person.email());
        requireFreeEmail(email);
        OrganisationUnit unit = unitInUse(person.unitId(), Field.UNIT);
        Set<OrganisationUnit> managed = managedUnitIds.stream().map(id -> unitInUse(id, Field.MANAGED_UNITS))
                .collect(Collectors.toSet());
        Set<Role> roles = PersonRules.roles(person.roles(), !managed.isEmpty());
        LocalDate joined = person.joinedOn() != null ? person.joinedOn() : LocalDate.now(clock);
        UserAccount account = new UserAccount(email, name, unit, joined, clock.instant());
        roles.forEach(account::grant);
        managed.forEach(account::manage);
        String password = OneTimePasswords.generate();
        account.setPasswordHash(passwordEncoder.encode(password), true);
        UserAccount saved = users.save(account);
        audit.record(AuditAction.USER_CREATED, email.value(), "Added to " + unit.getName() + " as " + PersonRules.describe(roles)
                + (managed.isEmpty() ? "" : ", managing " + names(managed)) + "; joined " + joined
                + "; one-time password issued");
        events.publishEvent(new PersonJoinedUnit(saved.getId(), unit.getId(), unit.getPath(), joined));
        return new OneTimePassword(saved.getId(), email.value(), password);
    }

    /** Saves the edit form: details, unit, managed units and roles together, or nothing when any is refused. */
    public void updatePerson(long userId, PersonChanges changes) {
        changeDetails(userId, changes.displayName(), changes.email());
        movePerson(userId, changes.unitId());
        setManagedUnits(userId, changes.managedUnitIds());
        setRoles(userId, changes.roles());
    }

    public void changeDetails(long userId, String displayName, String email) {
        UserAccount account = load(userId);
        String name = PersonRules.name(displayName);
        EmailAddress address = PersonRules.email(email);
        String newEmail = address.value();
        String oldEmail = account.getEmail();
        String oldName = account.getDisplayName();
        if (!newEmail.equals(oldEmail)) {
            requireFreeEmail(address);
            account.changeEmail(address);
        }
        account.setDisplayName(name);
        String details = (name.equals(oldName) ? "" : "Name: " + oldName + " -> " + name + ". ")
                + (newEmail.equals(oldEmail) ? "" : "Email: " + oldEmail + " -> " + newEmail + ".");
        if (!details.isEmpty()) {
            audit.record(AuditAction.USER_CHANGED, newEmail, details.strip());
        }
    }

    /** Moves a person to another unit in use; unit-wide assignments of the new unit then apply to them. */
    public void movePerson(long userId, long unitId) {
        UserAccount account = load(userId);
        OrganisationUnit unit = unitInUse(unitId, Field.UNIT);
        OrganisationUnit from = account.getUnit();
        if (from.getId().equals(unit.getId())) {
            return;
        }
        account.moveTo(unit, LocalDate.now(clock));
        audit.record(AuditAction.UNIT_CHANGED, account.getEmail(), "Moved from " + from.getName() + " to " + unit.getName());
        events.publishEvent(new PersonJoinedUnit(userId, unitId, unit.getPath(), LocalDate.now(clock)));
    }

    /**
     * Sets the person's roles. The manager role follows the managed units ({@link #setManagedUnits}), so it is
     * ignored here. Nobody removes their own administrator role, and the last active administrator keeps it.
     */
    public void setRoles(long userId, Set<Role> roles) {
        UserAccount account = notErased(users.findWithManagedUnits(userId).orElseThrow(() -> unknown(userId)));
        Set<Role> wanted = PersonRules.roles(roles, !account.getManagedUnits().isEmpty());
        Set<Role> before = account.getRoles();
        if (before.equals(wanted)) {
            return;
        }
        if (before.contains(Role.ADMIN) && !wanted.contains(Role.ADMIN)) {
            keepAnAdministrator(account, Field.ROLES, "You cannot remove your own administrator role: ask another administrator.");
        }
        EnumSet.allOf(Role.class).forEach(account::revoke);
        wanted.forEach(account::grant);
        audit.record(AuditAction.ROLE_CHANGED, account.getEmail(),
                "Roles: " + PersonRules.describe(wanted) + " (were: " + PersonRules.describe(before) + ")");
    }

    /** Sets the units a person manages; managing at least one makes them a manager, managing none ends that role. */
    public void setManagedUnits(long userId, Set<Long> unitIds) {
        UserAccount account = notErased(users.findWithManagedUnits(userId).orElseThrow(() -> unknown(userId)));
        Set<OrganisationUnit> before = account.getManagedUnits();
        Set<Long> beforeIds = before.stream().map(OrganisationUnit::getId).collect(Collectors.toSet());
        if (beforeIds.equals(unitIds) && account.hasRole(Role.MANAGER) == !unitIds.isEmpty()) {
            return;
        }
        Set<OrganisationUnit> wanted = unitIds.stream()
                .map(id -> beforeIds.contains(id) ? unit(id) : unitInUse(id, Field.MANAGED_UNITS))
                .collect(Collectors.toSet());
        before.stream().filter(u -> !unitIds.contains(u.getId())).forEach(account::stopManaging);
        wanted.forEach(account::manage);
        if (wanted.isEmpty()) {
            account.revoke(Role.MANAGER);
        } else {
            account.grant(Role.MANAGER);
        }
        audit.record(AuditAction.ROLE_CHANGED, account.getEmail(),
                "Manages: " + names(wanted) + " (was: " + names(before) + ")");
    }

    /** The person has left: they can no longer sign in, and retention periods count from today. */
    public void deactivate(long userId) {
        UserAccount account = load(userId);
        if (!account.isActive()) {
            return;
        }
        if (account.hasRole(Role.ADMIN)) {
            keepAnAdministrator(account, Field.STATUS, "You cannot deactivate your own account: ask another administrator.");
        }
        LocalDate today = LocalDate.now(clock);
        account.deactivate(today);
        audit.record(AuditAction.USER_DEACTIVATED, account.getEmail(), "Left on " + today);
    }

    public void reactivate(long userId) {
        UserAccount account = load(userId);
        if (account.isActive()) {
            return;
        }
        if (account.getUnit().isRetired()) {
            throw new ChangeRefused(Field.UNIT, account.getDisplayName() + " is in " + account.getUnit().getName()
                    + ", which is retired: move them to a unit in use first.");
        }
        LocalDate leftOn = account.getLeftOn();
        account.reactivate(LocalDate.now(clock));
        audit.record(AuditAction.USER_REACTIVATED, account.getEmail(), leftOn == null ? "" : "Had left on " + leftOn);
    }

    /**
     * Replaces the person's password with a one-time password, for someone who forgot theirs or was imported
     * without one. Their old password stops working at once.
     */
    public OneTimePassword issueOneTimePassword(long userId) {
        UserAccount account = load(userId);
        if (!account.isActive()) {
            throw new ChangeRefused(Field.STATUS, account.getDisplayName() + " is deactivated: reactivate them first.");
        }
        String password = OneTimePasswords.generate();
        account.setPasswordHash(passwordEncoder.encode(password), true);
        audit.record(AuditAction.ONE_TIME_PASSWORD_ISSUED, account.getEmail(), "Must be changed at the next sign-in");
        return new OneTimePassword(account.getId(), account.getEmail(), password);
    }

    /**
     * Refuses a change that would leave the organisation without an active administrator, or that an administrator
     * makes to themselves (another administrator must confirm it is right).
     */
    private void keepAnAdministrator(UserAccount account, Field field, String selfMessage) {
        if (account.getId() == currentUser.require().id()) {
            throw new ChangeRefused(field, selfMessage);
        }
        if (account.isActive() && users.lockActiveWithRole(Role.ADMIN).stream().allMatch(account::equals)) {
            throw new ChangeRefused(field, account.getDisplayName()
                    + " is the last active administrator: make someone else an administrator first.");
        }
    }

    private void requireFreeEmail(EmailAddress email) {
        if (users.existsByEmail(email.value())) {
            throw new ChangeRefused(Field.EMAIL, "Someone already has the email " + email + ": each person needs their own.");
        }
    }

    private OrganisationUnit unit(long unitId) {
        return units.findById(unitId).orElseThrow(() -> new IllegalArgumentException("Unknown unit " + unitId));
    }

    private OrganisationUnit unitInUse(long unitId, Field field) {
        OrganisationUnit unit = units.findById(unitId).orElseThrow(() -> new ChangeRefused(field, "Choose a unit."));
        if (unit.isRetired()) {
            throw new ChangeRefused(field, unit.getName() + " is retired: choose a unit in use.");
        }
        return unit;
    }

    private UserAccount load(long userId) {
        return notErased(users.findById(userId).orElseThrow(() -> unknown(userId)));
    }

    /** An erased record stays anonymous: it is never reactivated, renamed or reused for someone else. */
    private static UserAccount notErased(UserAccount account) {
        if (AccountErasure.isErased(account)) {
            throw new ChangeRefused(ChangeRefused.Field.STATUS,
                    "This person was erased; their record stays anonymous and cannot be changed. Add a new person instead.");
        }
        return account;
    }

    private static IllegalArgumentException unknown(long userId) {
        return new IllegalArgumentException("Unknown person " + userId);
    }

    private static String names(Set<OrganisationUnit> units) {
        return units.isEmpty() ? "nothing"
                : units.stream().map(OrganisationUnit::getName).sorted().collect(Collectors.joining(", "));
    }

    private static String pattern(PeopleSearch search) {
        String text = Objects.requireNonNullElse(search.text(), "").strip().toLowerCase(Locale.ROOT);
        return text.isEmpty() ? "" : LikePatterns.containing(text);
    }

    private String unitPath(PeopleSearch search) {
        return search.unitId() == null ? "/" : unit(search.unitId()).getPath();
    }

    private static String status(PeopleSearch search) {
        return Objects.requireNonNullElse(search.status(), PeopleSearch.Status.ALL).name();
    }
}
