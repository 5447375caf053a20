package uk.safeguarding.training.course;

import java.nio.file.Path;
import org.springframework.boot.test.context.TestComponent;
import uk.safeguarding.training.content.internal.CourseFolderImport;

/**
 * Published courses from course folders, through the same import as the folders read at start. Publishing a folder
 * again returns the version already published from the same content, so every test may ask for the course it needs.
 */
@TestComponent
public class CourseFixture {

    /** Two modules of two and one pages, one knowledge check each, a bank of two questions (courses-valid/minimal). */
    public static final Path MINIMAL = Path.of("src/test/resources/courses-valid/minimal");
    /** The shipped course (courses/cse-awareness), for tests about its content. */
    public static final Path SHIPPED = Path.of("courses/cse-awareness");

    private final CourseFolderImport folders;
    private final CourseCatalog catalog;

    CourseFixture(CourseFolderImport folders, CourseCatalog catalog) {
        this.folders = folders;
        this.catalog = catalog;
    }

    /** The small test course ({@code minimal-course}), published. */
    public PublishedCourse minimal() {
        return published(MINIMAL);
    }

    /** The shipped course ({@code cse-awareness}), published. */
    public PublishedCourse shipped() {
        return published(SHIPPED);
    }

    /** The course of the folder, published: its version with exactly this content. */
    public PublishedCourse published(Path folder) {
        CourseCatalog.PublishOutcome outcome = folders.importFolder(folder.toAbsolutePath());
        if (outcome == null) {
            throw new IllegalStateException("The course folder " + folder + " is not valid: see the import report");
        }
        CourseVersion version = catalog.version(outcome.versionId()).orElseThrow();
        PublishedCourse newest = catalog.newest(version.getCourse().getId()).orElseThrow();
        return new PublishedCourse(newest.courseId(), newest.key(), newest.title(), version.getId(), version.getNumber(),
                version.getPublishedAt(), version.getPublishedBy(), newest.versionCount());
    }

    public CourseDefinition definition(PublishedCourse course) {
        return catalog.definition(course.versionId());
    }
}
