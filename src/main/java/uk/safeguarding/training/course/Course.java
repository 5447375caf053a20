package uk.safeguarding.training.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.safeguarding.training.shared.AbstractEntity;

/** A course as people know it ("CSE awareness"), whatever its version. The key is the id in course.yaml. */
@Entity
@Table(name = "course")
public class Course extends AbstractEntity {

    @Column(name = "course_key", nullable = false, unique = true, length = 100)
    private String key;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Course() {
    }

    Course(String key, String title, Instant createdAt) {
        this.key = key;
        this.title = title;
        this.createdAt = createdAt;
    }

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    void retitle(String newTitle) {
        this.title = newTitle;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
