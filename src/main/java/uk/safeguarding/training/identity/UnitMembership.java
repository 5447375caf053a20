package uk.safeguarding.training.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.safeguarding.training.shared.AbstractEntity;

/**
 * One stretch of time a person spent in one unit: from the day they joined or moved in, until the day they moved out
 * or left (exclusive; null while it lasts). Written only by {@link UserAccount}, whose unit cannot change without it,
 * so "who was in this unit on that day" stays answerable after moves, leaving and erasure (docs/decisions/0020).
 */
@Entity
@Table(name = "unit_membership")
public class UnitMembership extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private OrganisationUnit unit;

    @Column(name = "from_on", nullable = false, updatable = false)
    private LocalDate fromOn;

    @Column(name = "until_on")
    private LocalDate untilOn;

    protected UnitMembership() {
    }

    UnitMembership(OrganisationUnit unit, LocalDate fromOn) {
        this.unit = unit;
        this.fromOn = fromOn;
    }

    /** Ends the stretch on {@code on}; a stretch that had not started by then ends on its first day (empty). */
    void end(LocalDate on) {
        if (untilOn == null) {
            untilOn = on.isBefore(fromOn) ? fromOn : on;
        }
    }

    boolean isOpen() {
        return untilOn == null;
    }

    public OrganisationUnit getUnit() {
        return unit;
    }

    public LocalDate getFromOn() {
        return fromOn;
    }

    public LocalDate getUntilOn() {
        return untilOn;
    }
}
