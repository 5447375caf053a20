package uk.safeguarding.training.authoring.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.safeguarding.training.shared.AbstractEntity;

/**
 * The course a trainer is editing, one per course, kept on the server so nothing typed is lost when a browser
 * closes. {@code revision} goes up with every save; an editor saves only over the revision it last saw, so two
 * trainers editing at once get told rather than silently overwriting each other.
 */
@Entity
@Table(name = "course_draft")
public class CourseDraft extends AbstractEntity {

    @Column(name = "course_key", nullable = false, unique = true, length = 100)
    private String courseKey;

    @Column(nullable = false)
    private long revision;

    @Column(name = "definition_json", nullable = false, length = UNBOUNDED)
    private String definitionJson;

    @Column(name = "based_on_version_id")
    private Long basedOnVersionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 320)
    private String updatedBy;

    protected CourseDraft() {
    }

    public CourseDraft(String courseKey, String definitionJson, Long basedOnVersionId, Instant at, String by) {
        this.courseKey = courseKey;
        this.revision = 1;
        this.definitionJson = definitionJson;
        this.basedOnVersionId = basedOnVersionId;
        this.createdAt = at;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public void update(String newJson, Instant at, String by) {
        this.definitionJson = newJson;
        this.revision++;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String getCourseKey() {
        return courseKey;
    }

    public long getRevision() {
        return revision;
    }

    public String getDefinitionJson() {
        return definitionJson;
    }

    public Long getBasedOnVersionId() {
        return basedOnVersionId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
