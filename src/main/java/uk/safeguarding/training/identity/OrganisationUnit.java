package uk.safeguarding.training.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.safeguarding.training.shared.AbstractEntity;

/**
 * A node of the organisation tree: the organisation, its departments, their teams.
 *
 * <p>{@code path} is the chain of ids from the root, e.g. {@code /1/4/9/}, so "this unit and everything below
 * it" is one indexed prefix query rather than a recursive walk; it matters for managers' reports over
 * hundreds of units.
 */
@Entity
@Table(name = "organisation_unit")
public class OrganisationUnit extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrganisationUnit parent;

    @Column(nullable = false, length = 1000)
    private String path = "/";

    @Column(nullable = false)
    private boolean retired;

    protected OrganisationUnit() {
    }

    public OrganisationUnit(String name, OrganisationUnit parent) {
        this.name = name;
        this.parent = parent;
    }

    public String getName() {
        return name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public OrganisationUnit getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }

    /** Called once the id is known: the path ends with this unit's own id. */
    void assignPath() {
        this.path = (parent == null ? "/" : parent.getPath()) + getId() + "/";
    }

    /** Hangs this unit under another; the caller rebases the paths of everything below (see {@link #rebase}). */
    void moveUnder(OrganisationUnit newParent) {
        this.parent = newParent;
        assignPath();
    }

    /** For a unit below a moved one: its path starts with the moved unit's new path instead of the old one. */
    void rebase(String oldPrefix, String newPrefix) {
        if (!path.startsWith(oldPrefix)) {
            throw new IllegalStateException(path + " is not below " + oldPrefix);
        }
        this.path = newPrefix + path.substring(oldPrefix.length());
    }

    /** No longer offered for new people, moves or management; kept so past records still name it. */
    void retire() {
        this.retired = true;
    }

    public boolean isRetired() {
        return retired;
    }

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    /** True when {@code other} is this unit or lies below it. */
    public boolean contains(OrganisationUnit other) {
        return other != null && other.getPath().startsWith(path);
    }
}
