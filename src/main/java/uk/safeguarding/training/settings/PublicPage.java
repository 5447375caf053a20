package uk.safeguarding.training.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.safeguarding.training.shared.AbstractEntity;

/** The Markdown of one public page as an administrator last saved it; absent until first saved (defaults apply). */
@Entity
@Table(name = "public_page")
public class PublicPage extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 40)
    private String slug;
    @Column(nullable = false, length = UNBOUNDED)
    private String markdown;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false, length = 320)
    private String updatedBy;

    protected PublicPage() {
    }

    PublicPage(String slug) {
        this.slug = slug;
    }

    void edit(String markdown, Instant at, String by) {
        this.markdown = markdown;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String getSlug() {
        return slug;
    }

    public String getMarkdown() {
        return markdown;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
