package uk.safeguarding.training.course;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import uk.safeguarding.training.shared.AbstractEntity;

/**
 * One published, immutable version of a course: the whole course as JSON, so what a learner started is exactly
 * what they finish, whatever is published later.
 */
@Entity
@Immutable
@Table(name = "course_version")
public class CourseVersion extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "definition_json", nullable = false, length = UNBOUNDED)
    private String definitionJson;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 320)
    private String publishedBy;

    @Column(name = "edition_number", nullable = false)
    private int editionNumber;

    /** The edition number when this version starts an edition, else null (a minor correction). */
    @Column(name = "edition_started")
    private Integer editionStarted;

    /** Comma-separated module ids (new editions only). */
    @Column(name = "edition_changed_modules", length = 2000)
    private String editionChangedModules;

    @Column(name = "edition_reason", length = 1000)
    private String editionReason;

    @Column(name = "edition_update_due_days")
    private Integer editionUpdateDueDays;

    protected CourseVersion() {
    }

    CourseVersion(Course course, int number, String contentHash, String definitionJson, Instant publishedAt, String publishedBy,
                  int editionNumber, boolean startsEdition, EditionChoice choice) {
        this.course = course;
        this.number = number;
        this.contentHash = contentHash;
        this.definitionJson = definitionJson;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.editionNumber = editionNumber;
        this.editionStarted = startsEdition ? editionNumber : null;
        if (startsEdition && choice.newEdition()) {
            this.editionChangedModules = String.join(",", choice.changedModules());
            this.editionReason = choice.reason();
            this.editionUpdateDueDays = choice.updateDueDays();
        }
    }

    public int getEditionNumber() {
        return editionNumber;
    }

    /** True when this version started its edition (a course's first version, or one published as a new edition). */
    public boolean startsEdition() {
        return editionStarted != null;
    }

    /** The edition this version started, when it started one. */
    public java.util.Optional<Edition> startedEdition() {
        if (editionStarted == null) {
            return java.util.Optional.empty();
        }
        java.util.List<String> modules = editionChangedModules == null || editionChangedModules.isEmpty()
                ? java.util.List.of() : java.util.List.of(editionChangedModules.split(","));
        return java.util.Optional.of(new Edition(editionStarted, getId(), number, publishedAt, modules, editionReason,
                editionUpdateDueDays == null ? 0 : editionUpdateDueDays));
    }

    public Course getCourse() {
        return course;
    }

    public int getNumber() {
        return number;
    }

    public String getContentHash() {
        return contentHash;
    }

    String getDefinitionJson() {
        return definitionJson;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
