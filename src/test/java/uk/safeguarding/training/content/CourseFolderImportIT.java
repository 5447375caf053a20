package uk.safeguarding.training.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.safeguarding.training.content.internal.CourseFolderImport;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseCatalog.PublishOutcome;
import uk.safeguarding.training.course.CourseImportReport;
import uk.safeguarding.training.course.PublishedCourse;

/**
 * Importing course folders into a real database: unchanged content publishes nothing, changed content exactly one
 * new version, and a broken folder nothing at all, while the previous version keeps serving and the problems are
 * kept, as {@code file:line: message}, for trainers to see.
 *
 * <p>This context has its own in-memory database and a courses directory of its own, empty at start, so the start-up
 * import publishes nothing and every version counted here was published by this test.
 */
@SpringBootTest
@ActiveProfiles("test")
class CourseFolderImportIT {

    private static final Path COURSES = Path.of("target", "course-folder-import-it", UUID.randomUUID().toString())
            .toAbsolutePath();
    private static final Path SHIPPED_COURSE = Path.of("courses", "cse-awareness").toAbsolutePath();
    private static final String CSE = "cse-awareness";

    @DynamicPropertySource
    static void ownDatabaseAndCoursesDirectory(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:course-folder-import-it;DB_CLOSE_DELAY=-1");
        registry.add("training.content.courses-directory", COURSES::toString);
    }

    @Autowired
    CourseFolderImport courseImport;

    @Autowired
    CourseCatalog catalog;

    @Test
    void a_course_folder_publishes_a_version_only_when_it_changes_and_never_when_it_is_broken() throws IOException {
        assertThat(catalog.versionCount(CSE)).as("nothing imported at start").isZero();
        Path folder = copy(SHIPPED_COURSE, COURSES.resolve("cse-awareness-import-it"));

        courseImport.importAll();
        PublishedCourse first = catalog.newest(CSE).orElseThrow();
        assertThat(first.versionNumber()).isEqualTo(1);
        assertThat(catalog.versionCount(CSE)).isEqualTo(1);
        assertThat(report(folder).getOutcome()).isEqualTo("Published as version 1");
        assertThat(report(folder).getProblems()).isEmpty();

        PublishOutcome unchanged = courseImport.importFolder(folder);
        assertThat(unchanged.created()).as("created").isFalse();
        assertThat(unchanged.versionId()).isEqualTo(first.versionId());
        assertThat(catalog.versionCount(CSE)).isEqualTo(1);
        assertThat(report(folder).getOutcome()).startsWith("Unchanged");

        Path module = folder.resolve("modules/02-indicators-and-risk.md");
        String moduleText = Files.readString(module);
        Files.writeString(module, moduleText + "\nOne more sentence, added by the import test.\n");
        PublishOutcome changed = courseImport.importFolder(folder);
        assertThat(changed.created()).as("created").isTrue();
        assertThat(changed.versionNumber()).isEqualTo(2);
        assertThat(catalog.versionCount(CSE)).isEqualTo(2);
        assertThat(catalog.newest(CSE).orElseThrow().versionId()).isEqualTo(changed.versionId());
        assertThat(report(folder).getOutcome()).isEqualTo("Published as version 2");

        // A misspelt field in course.yaml.
        Path courseYaml = folder.resolve("course.yaml");
        String courseText = Files.readString(courseYaml);
        Files.writeString(courseYaml, courseText.replaceFirst("(?m)^passMark:", "pasMark:"));
        assertRejectedKeepingVersion2(folder, changed, "course.yaml:" + lineOf(courseYaml, "pasMark:") + ": unknown field 'pasMark'");
        Files.writeString(courseYaml, courseText);

        // A placeholder the application does not know.
        Files.writeString(module, moduleText + "\nIn an emergency call {{organisation.bogus}}.\n");
        assertRejectedKeepingVersion2(folder, changed, "modules/02-indicators-and-risk.md:"
                + lineOf(module, "{{organisation.bogus}}") + ": unknown placeholder '{{organisation.bogus}}'");

        // Repaired: the content is version 2's again, so nothing new is published.
        Files.writeString(module, moduleText + "\nOne more sentence, added by the import test.\n");
        PublishOutcome repaired = courseImport.importFolder(folder);
        assertThat(repaired.created()).as("created").isFalse();
        assertThat(repaired.versionId()).isEqualTo(changed.versionId());
        assertThat(catalog.versionCount(CSE)).isEqualTo(2);
        assertThat(report(folder).getProblems()).isEmpty();
    }

    private void assertRejectedKeepingVersion2(Path folder, PublishOutcome version2, String expectedProblem) {
        assertThat(courseImport.importFolder(folder)).as("outcome of importing a broken folder").isNull();
        assertThat(catalog.versionCount(CSE)).isEqualTo(2);
        assertThat(catalog.newest(CSE).orElseThrow().versionId()).as("newest version").isEqualTo(version2.versionId());
        CourseImportReport report = report(folder);
        assertThat(report.getOutcome()).startsWith("Not published");
        assertThat(report.getProblems()).anySatisfy(problem -> assertThat(problem).startsWith(expectedProblem));
    }

    @Test
    void no_broken_fixture_folder_touches_the_published_version_of_its_course() throws IOException {
        PublishOutcome valid = courseImport.importFolder(CourseFixtures.minimal());
        assertThat(valid).isNotNull();
        String key = "minimal-course";
        long versions = catalog.versionCount(key);
        PublishedCourse published = catalog.newest(key).orElseThrow();

        List<Path> brokenFolders = brokenFixtureFolders();
        assertThat(brokenFolders).hasSizeGreaterThan(10);
        SoftAssertions softly = new SoftAssertions();
        for (Path broken : brokenFolders) {
            String name = broken.getFileName().toString();
            softly.assertThat(courseImport.importFolder(broken)).as("outcome of %s", name).isNull();
            softly.assertThat(catalog.versionCount(key)).as("versions after %s", name).isEqualTo(versions);
            softly.assertThat(catalog.newest(key).orElseThrow().versionId()).as("newest version after %s", name)
                    .isEqualTo(published.versionId());
            CourseImportReport report = report(broken);
            softly.assertThat(report.getOutcome()).as("outcome recorded for %s", name).startsWith("Not published");
            softly.assertThat(report.getProblems()).as("problems recorded for %s", name).isNotEmpty()
                    .allSatisfy(problem -> assertThat(problem).matches("[^:\\s]+:\\d+: \\S.*"));
        }
        softly.assertAll();
    }

    private CourseImportReport report(Path folder) {
        String name = folder.getFileName().toString();
        return catalog.importReports().stream().filter(r -> r.getFolder().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no import report for folder " + name));
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static List<Path> brokenFixtureFolders() throws IOException {
        try {
            Path root = Path.of(CourseFolderImportIT.class.getResource("/courses-broken").toURI());
            try (Stream<Path> folders = Files.list(root)) {
                return folders.filter(Files::isDirectory).sorted().toList();
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path copy(Path source, Path target) {
        return CourseFixtures.copy(source, target);
    }
}
