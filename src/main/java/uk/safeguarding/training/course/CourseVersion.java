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

    protected CourseVersion() {
    }

    CourseVersion(Course course, int number, String contentHash, String definitionJson, Instant publishedAt, String publishedBy) {
        this.course = course;
        this.number = number;
        this.contentHash = contentHash;
        this.definitionJson = definitionJson;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
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
