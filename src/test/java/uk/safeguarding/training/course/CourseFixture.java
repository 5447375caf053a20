package uk.safeguarding.training.course;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import uk.safeguarding.training.content.CourseFileSet;
import uk.safeguarding.training.content.CourseFolderWriter;
import uk.safeguarding.training.content.internal.CourseFolderImport;

/**
 * Published courses from course folders, through the same import as the folders read at start, keeping the folder's
 * files with the version as the start does. Publishing a folder
 * again returns the version already published from the same content, so every test may ask for the course it needs.
 */
@TestComponent
public class CourseFixture {

    /** Two modules of two and one pages, one knowledge check each, a bank of two questions (courses-valid/minimal). */
    public static final Path MINIMAL = Path.of("src/test/resources/courses-valid/minimal");
    /** The shipped course (courses/cse-awareness), for tests about its content. */
    public static final Path SHIPPED = Path.of("courses/cse-awareness");

    private static final AtomicInteger COPIES = new AtomicInteger();

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
        // As at start (CourseFolderSources), the version keeps the folder's files, so it exports as that folder.
        catalog.attachSourceFiles(newest.key(), version.getContentHash(), CourseFileSet.fromFolder(folder.toAbsolutePath()).files());
        return new PublishedCourse(newest.courseId(), newest.key(), newest.title(), version.getId(), version.getNumber(),
                version.getPublishedAt(), version.getPublishedBy(), newest.versionCount());
    }

    /**
     * A course of this test's own: the content of {@code course} under a new, unique key, published as the editor
     * publishes. A test that publishes new editions uses one, so the courses other tests share keep their versions.
     */
    public PublishedCourse copyOf(PublishedCourse course) {
        CourseDefinition d = definition(course);
        CourseDefinition copy = new CourseDefinition(d.id() + "-copy-" + COPIES.incrementAndGet(), d.title(), d.summary(),
                d.audience(), d.estimatedMinutes(), d.passMark(), d.questionsPerAttempt(), d.validityMonths(),
                d.attemptPolicy(), d.sources(), d.modules(), d.questions(), d.knowledgeChecks(), d.assets(),
                d.contentChecked(), d.scenarios(), d.scenarioSettings());
        return publish(copy, EditionChoice.minorCorrection());
    }

    /**
     * A new edition of the course, published as the editor publishes (written as course files and read back): the
     * first page of {@code changedModule} gains {@code note}, and everyone certified on the earlier edition must do the
     * update of that module within 30 days, with {@code reason} as what changed. The course's newest version changes
     * for every test of the application: use it on a {@link #copyOf copy}, or in a test with an application of its own.
     */
    public PublishedCourse newEdition(PublishedCourse course, String changedModule, String note, String reason) {
        CourseDefinition first = definition(course);
        List<ModuleDefinition> modules = first.modules().stream().map(m -> !m.id().equals(changedModule) ? m
                : new ModuleDefinition(m.id(), m.title(), m.objectives(), m.sourceIds(), withNote(m.pages(), note),
                m.scenarioIds())).toList();
        CourseDefinition next = new CourseDefinition(first.id(), first.title(), first.summary(), first.audience(),
                first.estimatedMinutes(), first.passMark(), first.questionsPerAttempt(), first.validityMonths(),
                first.attemptPolicy(), first.sources(), modules, first.questions(), first.knowledgeChecks(), first.assets(),
                first.contentChecked(), first.scenarios(), first.scenarioSettings());
        return publish(next, EditionChoice.newEdition(List.of(changedModule), reason, 30));
    }

    /** Written as course files and read back, then published: the version keeps its files, as the editor's would. */
    private PublishedCourse publish(CourseDefinition definition, EditionChoice choice) {
        var files = new CourseFolderWriter().write(definition).files();
        var read = files.read();
        if (!read.valid()) {
            throw new IllegalStateException("Not a valid course: " + read.problems());
        }
        CourseCatalog.PublishOutcome outcome = catalog.publish(read.course(), read.contentHash(), "fixture", files.files(),
                choice);
        PublishedCourse newest = catalog.newest(definition.id()).orElseThrow();
        if (newest.versionId() != outcome.versionId()) {
            throw new IllegalStateException("The version published is not the newest of " + definition.id());
        }
        return newest;
    }

    private static List<PageDefinition> withNote(List<PageDefinition> pages, String note) {
        List<PageDefinition> changed = new ArrayList<>(pages);
        PageDefinition start = changed.getFirst();
        changed.set(0, new PageDefinition(start.title(), start.sourceIds(), start.markdown() + "\n\n" + note + "\n"));
        return changed;
    }

    public CourseDefinition definition(PublishedCourse course) {
        return catalog.definition(course.versionId());
    }
}
