package uk.safeguarding.training.identity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.safeguarding.training.shared.AbstractEntity;

/** A member of staff who can sign in. The email address is the login. */
@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    @Column(nullable = false, unique = true, length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", length = 500)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The day the person left (was deactivated); retention periods count from here. Null while active. */
    @Column(name = "left_on")
    private LocalDate leftOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrganisationUnit unit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "managed_unit",
            joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<OrganisationUnit> managedUnits = new HashSet<>();

    /** Where the person was, when: every change of {@link #unit} (and leaving) is recorded here, nowhere else. */
    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    @OrderBy("fromOn, id")
    private List<UnitMembership> unitHistory = new ArrayList<>();

    protected UserAccount() {
    }

    public UserAccount(EmailAddress email, String displayName, OrganisationUnit unit, LocalDate joinedOn, Instant createdAt) {
        this.email = email.value();
        this.displayName = displayName;
        this.unit = unit;
        this.joinedOn = joinedOn;
        this.createdAt = createdAt;
        unitHistory.add(new UnitMembership(unit, joinedOn));
    }

    public String getEmail() {
        return email;
    }

    /** Only through the administration service, which checks that no one else has the address. */
    void changeEmail(EmailAddress newEmail) {
        this.email = newEmail.value();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash, boolean oneTime) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = oneTime;
    }

    public boolean isActive() {
        return active;
    }

    /** The person has left: they can no longer sign in, and retention periods start counting from {@code on}. */
    public void deactivate(LocalDate on) {
        this.active = false;
        this.leftOn = on;
        endMembership(on);
    }

    /** Back from {@code on}, in the unit they were in: a new stretch of membership, the time away stays recorded. */
    public void reactivate(LocalDate on) {
        this.active = true;
        this.leftOn = null;
        unitHistory.add(new UnitMembership(unit, on));
    }

    /**
     * Data protection: replaces everything that identifies the person and removes their access; the account stays so
     * their anonymous training records still count by unit and course. Called only by {@link AccountErasure}.
     */
    void erase(String pseudonymEmail, String pseudonymName, LocalDate leftOn) {
        this.email = pseudonymEmail;
        this.displayName = pseudonymName;
        this.passwordHash = null;
        this.mustChangePassword = false;
        this.active = false;
        if (this.leftOn == null) {
            this.leftOn = leftOn;
        }
        endMembership(leftOn);
        roles.clear();
        managedUnits.clear();
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public OrganisationUnit getUnit() {
        return unit;
    }

    /** Moves the person on {@code on}: their stretch in the old unit ends that day and one in the new unit begins. */
    public void moveTo(OrganisationUnit newUnit, LocalDate on) {
        if (newUnit.equals(unit)) {
            return;
        }
        endMembership(on);
        this.unit = newUnit;
        if (active) {
            unitHistory.add(new UnitMembership(newUnit, on));
        }
    }

    private void endMembership(LocalDate on) {
        unitHistory.stream().filter(UnitMembership::isOpen).forEach(m -> m.end(on));
    }

    /** Every stretch of unit membership, oldest first. */
    public List<UnitMembership> getUnitHistory() {
        return List.copyOf(unitHistory);
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    public Set<OrganisationUnit> getManagedUnits() {
        return Set.copyOf(managedUnits);
    }

    public void manage(OrganisationUnit managedUnit) {
        managedUnits.add(managedUnit);
    }

    public void stopManaging(OrganisationUnit managedUnit) {
        managedUnits.remove(managedUnit);
    }
}
