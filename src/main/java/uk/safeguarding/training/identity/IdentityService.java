package uk.safeguarding.training.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.identity.internal.OrganisationUnitRepository;
import uk.safeguarding.training.identity.internal.UserAccountRepository;

/**
 * People, their roles and the organisation tree; the transaction and security boundary of identity.
 *
 * <p>Administrators' changes go through {@link PeopleAdministration} and {@link UnitAdministration}. The
 * {@code createUnit}, {@code createPerson} and {@code grantManagement} here are for start-up code (demo data, the
 * first administrator), which runs with nobody signed in; anyone signed in must be an administrator to use them.
 */
@Service
@Transactional(readOnly = true)
public class IdentityService {

    private final UserAccountRepository users;
    private final OrganisationUnitRepository units;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PeopleAdministration people;

    IdentityService(UserAccountRepository users, OrganisationUnitRepository units, PasswordEncoder passwordEncoder,
                    CurrentUser currentUser, AuditLog audit, ApplicationEventPublisher events, Clock clock,
                    PeopleAdministration people) {
        this.users = users;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.people = people;
    }

    public record NewPerson(String email, String displayName, long unitId, Set<Role> roles, LocalDate joinedOn) {
    }

    public long countUsers() {
        return users.count();
    }

    public Optional<UserAccount> findByEmail(String email) {
        return users.findByEmail(EmailAddress.normalise(email));
    }

    public Optional<UserAccount> findById(long id) {
        return users.findById(id);
    }

    /** Everyone, for start-up jobs that run without a signed-in person (demo data); views use the scoped methods. */
    public List<UserAccount> allPeopleForStartup() {
        return users.findAllWithUnit();
    }

    public List<OrganisationUnit> allUnits() {
        return units.findAllByOrderByPathAsc();
    }

    /** Start-up code only (no audit entry): administrators add units with {@link UnitAdministration#addUnit}. */
    @Transactional
    public OrganisationUnit createUnit(String name, OrganisationUnit parent) {
        requireStartUpOrAdministrator();
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A unit needs a name");
        }
        OrganisationUnit unit = units.saveAndFlush(new OrganisationUnit(name.strip(), parent));
        unit.assignPath();
        return unit;
    }

    /**
     * Start-up code only (no audit entry): creates a person with a password hash computed elsewhere (for example one
     * hash shared by all demo users). Administrators add people with {@link PeopleAdministration#addPerson}.
     */
    @Transactional
    public UserAccount createPerson(NewPerson person, String passwordHash, boolean oneTimePassword) {
        requireStartUpOrAdministrator();
        EmailAddress email = EmailAddress.parse(person.email());
        if (users.existsByEmail(email.value())) {
            throw new IllegalArgumentException("A person with the email " + email + " already exists");
        }
        OrganisationUnit unit = units.findById(person.unitId())
                .orElseThrow(() -> new IllegalArgumentException("Unknown unit " + person.unitId()));
        UserAccount account = new UserAccount(email, person.displayName().strip(), unit,
                person.joinedOn() != null ? person.joinedOn() : LocalDate.now(clock), clock.instant());
        person.roles().forEach(account::grant);
        account.setPasswordHash(passwordHash, oneTimePassword);
        UserAccount saved = users.save(account);
        events.publishEvent(new PersonJoinedUnit(saved.getId(), unit.getId(), unit.getPath(), saved.getJoinedOn()));
        return saved;
    }

    /** Start-up code only (no audit entry): administrators use {@link PeopleAdministration#setManagedUnits}. */
    @Transactional
    public void grantManagement(long userId, long unitId) {
        requireStartUpOrAdministrator();
        UserAccount account = users.findWithManagedUnits(userId).orElseThrow();
        account.manage(units.findById(unitId).orElseThrow());
        account.grant(Role.MANAGER);
    }

    public String hash(String rawPassword) {
        return passwordEncoder.encode(rawPassword);
    }

    /**
     * Whether a session signed in with these roles may go on: the account still exists, is active and holds exactly
     * these roles. Otherwise the session ends (deactivated, erased, or roles changed since signing in).
     */
    public boolean stillSignedInAs(long userId, Set<Role> roles) {
        return users.findById(userId).filter(UserAccount::isActive).map(u -> u.getRoles().equals(Set.copyOf(roles)))
                .orElse(false);
    }

    public boolean mustChangePassword(long userId) {
        return users.findById(userId).map(UserAccount::isMustChangePassword).orElse(false);
    }

    /**
     * Changes the signed-in person's own password. Returns the problems found (empty on success); nothing is
     * changed when there are any.
     */
    @Transactional
    public List<String> changeOwnPassword(String currentPassword, String newPassword) {
        SignedInUser me = currentUser.require();
        UserAccount account = users.findById(me.id()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            return List.of("Your current password is not correct.");
        }
        List<String> problems = PasswordPolicy.problems(newPassword, account.getEmail());
        if (problems.isEmpty() && passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            return List.of("Choose a password different from the current one.");
        }
        if (problems.isEmpty()) {
            account.setPasswordHash(passwordEncoder.encode(newPassword), false);
            audit.record(AuditAction.PASSWORD_CHANGED, account.getEmail(), "");
        }
        return problems;
    }

    /** The units a person manages, each with everything below it; empty for someone who manages nothing. */
    public Set<String> managedPathPrefixes(long userId) {
        return users.findWithManagedUnits(userId)
                .map(u -> u.getManagedUnits().stream().map(OrganisationUnit::getPath).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /**
     * The units the signed-in person may see other people's training in ({@link VisibleUnits#of}): every unit for an
     * administrator, the managed units and below for a manager, none otherwise. Read afresh on each call, so a unit
     * moved or a management change since sign-in counts at once.
     */
    public VisibleUnits visibleUnits() {
        SignedInUser me = currentUser.require();
        return VisibleUnits.of(me.roles(), managedPathPrefixes(me.id()));
    }

    /**
     * The subtrees a person manages, whatever their other roles: the managers' reminder digest, which runs with nobody
     * signed in, covers these (an administrator who also manages a unit is sent that unit, not the organisation).
     */
    public VisibleUnits managedSubtreesOf(long userId) {
        return VisibleUnits.subtrees(managedPathPrefixes(userId));
    }

    /** Everyone active who manages a unit, for the managers' reminder digest (start-up and job code, not views). */
    public List<UserAccount> activeManagers() {
        return users.findActiveManagers();
    }

    /**
     * The people the signed-in person may see in reports: everyone for an administrator, the people in the
     * managed units and below for a manager, nobody otherwise.
     */
    public List<UserAccount> peopleVisibleToCurrentUser() {
        VisibleUnits visible = reportScope();
        if (visible.isEverything()) {
            return users.findAllWithUnit();
        }
        return visible.roots().stream()
                .flatMap(prefix -> users.findInUnitTree(prefix).stream())
                .toList();
    }

    /**
     * The one rule for whose records the signed-in person may see in reports (training, policies, people): everything
     * for an administrator, the managed units and everything below them for a manager; refused for anyone else.
     */
    public VisibleUnits reportScope() {
        SignedInUser me = currentUser.require();
        if (!me.hasRole(Role.ADMIN) && !me.hasRole(Role.MANAGER)) {
            throw new AccessDeniedException("Only managers and administrators see other people's records");
        }
        return visibleUnits();
    }

    /** Moves a person to another unit in use; unit-wide assignments of the new unit then apply to them. */
    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public void movePerson(long userId, long unitId) {
        people.movePerson(userId, unitId);
    }

    /** The people in a unit and below it, for assigning a course to the unit. */
    public List<UserAccount> peopleInUnitTree(long unitId) {
        OrganisationUnit unit = units.findById(unitId).orElseThrow(() -> new IllegalArgumentException("Unknown unit " + unitId));
        return users.findInUnitTree(unit.getPath());
    }

    public Optional<OrganisationUnit> unit(long unitId) {
        return units.findById(unitId);
    }

    /**
     * Start-up code runs with no authentication at all; a signed-in (or anonymous web) caller must be an
     * administrator, so a view can never use the unaudited start-up methods to get round the administration rules.
     */
    private static void requireStartUpOrAdministrator() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return;
        }
        boolean administrator = authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
        if (!administrator) {
            throw new AccessDeniedException("Only administrators and start-up code create units and people");
        }
    }

}
