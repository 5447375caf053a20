package uk.safeguarding.training.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import uk.safeguarding.training.shared.AbstractEntity;

/**
 * One logo the organisation used from a moment on; a row without an image records that the logo was removed. Rows
 * are only added, so every certificate can be rendered again with the logo of its issue date.
 */
@Entity
@Table(name = "organisation_logo")
public class OrganisationLogoVersion extends AbstractEntity {

    @Column(length = UNBOUNDED)
    private byte[] png;
    @Column(nullable = false)
    private int width;
    @Column(nullable = false)
    private int height;
    @Column(name = "in_use_from", nullable = false)
    private Instant inUseFrom;
    @Column(name = "set_by", nullable = false, length = 320)
    private String setBy;

    protected OrganisationLogoVersion() {
    }

    OrganisationLogoVersion(OrganisationLogo logo, Instant inUseFrom, String setBy) {
        this.png = logo == null ? null : logo.png();
        this.width = logo == null ? 0 : logo.width();
        this.height = logo == null ? 0 : logo.height();
        this.inUseFrom = inUseFrom;
        this.setBy = setBy;
    }

    Optional<OrganisationLogo> logo() {
        return png == null ? Optional.empty() : Optional.of(new OrganisationLogo(png, width, height));
    }

    public Instant getInUseFrom() {
        return inUseFrom;
    }
}
