package uk.safeguarding.training.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.authoring.CourseVersionService.ImportOutcome;
import uk.safeguarding.training.content.CourseFileSet;
import uk.safeguarding.training.content.CourseReadResult;
import uk.safeguarding.training.content.CourseZip;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.FixtureTest;

/**
 * The round trip to course files through the trainers' services: the shipped course exported and re-imported is the
 * same course, its export is the source folder byte for byte (line endings aside), an import exports as the files
 * imported, and a broken ZIP changes nothing.
 */
@FixtureTest
class CourseFilesRoundTripIT {

    static final Path SHIPPED = CourseFixture.SHIPPED;

    @Autowired
    PeopleFixture people;
    @Autowired
    CourseFixture courses;

    /** A trainer of this test's own. */
    String trainer;

    @BeforeEach
    void aTrainerAndTheShippedCourse() {
        courses.shipped();
        trainer = people.person("Trainer", people.unit("Authoring"), LocalDate.now().minusYears(2), Role.TRAINER).getEmail();
    }

    @Autowired
    IdentityService identity;
    @Autowired
    CourseVersionService versions;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    AuditLog audit;

    @Test
    void the_shipped_course_exported_and_reimported_is_identical_and_exports_as_its_source_folder() throws Exception {
        // Found by its content rather than as the newest: the shipped folder's version, whatever was published after it.
        String shippedHash = CourseFileSet.fromFolder(SHIPPED).read().contentHash();
        var shipped = catalog.versionWithContent("cse-awareness", shippedHash).orElseThrow();
        byte[] shippedZip = AsUser.call(identity, trainer, () -> versions.export(shipped.getId())).zip();

        CourseFileSet exported = CourseZip.unzip(new ByteArrayInputStream(shippedZip));
        assertThat(exported.sameContentAs(CourseFileSet.fromFolder(SHIPPED)))
                .as("the exported folder equals courses/cse-awareness after normalising line endings").isTrue();
        assertThat(exported.files().keySet()).containsExactlyElementsOf(CourseFileSet.fromFolder(SHIPPED).files().keySet());
        CourseReadResult read = exported.read();
        assertThat(read.contentHash()).isEqualTo(shipped.getContentHash());
        assertThat(read.course()).isEqualTo(catalog.definition(shipped.getId()));

        PublishedCourse newest = catalog.newest("cse-awareness").orElseThrow();
        byte[] zip = AsUser.call(identity, trainer, () -> versions.export(newest.versionId())).zip();
        ImportOutcome again = AsUser.call(identity, trainer,
                () -> versions.importZip("cse-awareness.zip", new ByteArrayInputStream(zip)));
        assertThat(again.problems()).isEmpty();
        assertThat(again.created()).as("identical content publishes nothing new").isFalse();
        assertThat(again.versionNumber()).isEqualTo(newest.versionNumber());
        assertThat(catalog.newest("cse-awareness").orElseThrow().versionId()).isEqualTo(newest.versionId());
    }

    @Autowired
    AuthoringService authoring;

    @Test
    void a_scenario_added_in_the_app_exports_and_reimports_byte_for_byte() throws Exception {
        Draft draft = AsUser.call(identity, trainer, () -> authoring.startCourse("scenario-round-trip",
                "Scenario round trip", "cse-awareness"));
        CourseDefinition edited = DraftEdits.scenario(WholeScenarioEdits.addScenario(draft.definition(), 1,
                "Added in the app"), 0, s -> DraftEdits.scenarioTitle(s, "Retitled in the app"));
        Draft saved = AsUser.call(identity, trainer, () -> authoring.save("scenario-round-trip", edited,
                draft.revision()));
        assertThat(saved.problems()).isEmpty();
        AsUser.call(identity, trainer, () -> authoring.publish("scenario-round-trip", saved.revision()));
        PublishedCourse published = catalog.newest("scenario-round-trip").orElseThrow();

        byte[] zip = AsUser.call(identity, trainer, () -> versions.export(published.versionId())).zip();
        CourseFileSet files = CourseZip.unzip(new ByteArrayInputStream(zip));
        assertThat(files.files()).containsKey("scenarios/07-added-in-the-app.yaml");
        assertThat(files.read().course()).isEqualTo(catalog.definition(published.versionId()));
        ImportOutcome again = AsUser.call(identity, trainer,
                () -> versions.importZip("scenario-round-trip.zip", new ByteArrayInputStream(zip)));
        assertThat(again.problems()).isEmpty();
        assertThat(again.created()).as("identical content publishes nothing new").isFalse();
        byte[] exportedAgain = AsUser.call(identity, trainer, () -> versions.export(
                catalog.newest("scenario-round-trip").orElseThrow().versionId())).zip();
        assertThat(exportedAgain).isEqualTo(zip);
    }

    @Test
    void an_imported_course_exports_as_exactly_the_files_imported_and_is_audited() throws Exception {
        SortedMap<String, byte[]> files = new TreeMap<>(CourseFileSet.fromFolder(Path.of("src/test/resources/courses-valid/minimal")).files());
        // Written on Windows: CRLF line endings must survive the round trip untouched.
        String yaml = new String(files.get("course.yaml"), StandardCharsets.UTF_8).replace("minimal-course", "round-trip-course");
        files.put("course.yaml", yaml.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] zip = CourseZip.zip("round-trip-course", CourseFileSet.of(files));

        ImportOutcome imported = AsUser.call(identity, trainer, () -> versions.importZip("round-trip.zip", new ByteArrayInputStream(zip)));

        assertThat(imported.problems()).isEmpty();
        assertThat(imported.created()).isTrue();
        long versionId = catalog.newest("round-trip-course").orElseThrow().versionId();
        byte[] exported = AsUser.call(identity, trainer, () -> versions.export(versionId)).zip();
        assertThat(CourseZip.unzip(new ByteArrayInputStream(exported))).isEqualTo(CourseFileSet.of(files));
        assertThat(exported).isEqualTo(zip);
        assertThat(audit.byAction(AuditAction.COURSE_IMPORTED)).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo(trainer);
            assertThat(e.getSubject()).contains("Minimal course version 1");
        });
    }

    @Test
    void a_broken_zip_lists_every_problem_with_file_and_line_and_changes_nothing() throws Exception {
        SortedMap<String, byte[]> files = new TreeMap<>(CourseFileSet.fromFolder(SHIPPED).files());
        String yaml = new String(files.get("course.yaml"), StandardCharsets.UTF_8);
        files.put("course.yaml", yaml.replace("passMark: 80", "passMark: 180").getBytes(StandardCharsets.UTF_8));
        files.put("modules/03-consent.md", (new String(files.get("modules/03-consent.md"), StandardCharsets.UTF_8)
                + "\n<script>alert(1)</script>\n").getBytes(StandardCharsets.UTF_8));
        byte[] zip = CourseZip.zip("cse-awareness", CourseFileSet.of(files));
        long before = catalog.versionCount("cse-awareness");

        ImportOutcome outcome = AsUser.call(identity, trainer, () -> versions.importZip("broken.zip", new ByteArrayInputStream(zip)));

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.problems()).extracting(Object::toString).anySatisfy(p -> assertThat(p)
                .startsWith("course.yaml:" + (lineOf(yaml, "passMark:")) + ": 'passMark' must be from 1 to 100"));
        assertThat(outcome.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("modules/03-consent.md");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("unsafe HTML <script>");
        });
        assertThat(catalog.versionCount("cse-awareness")).isEqualTo(before);
    }

    @Test
    void an_archive_that_is_not_a_course_folder_is_refused_with_a_plain_message() {
        ImportOutcome notZip = AsUser.call(identity, trainer, () -> versions.importZip("notes.zip",
                new ByteArrayInputStream("just text".getBytes(StandardCharsets.UTF_8))));
        assertThat(notZip.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("notes.zip");
            assertThat(p.message()).contains("not a ZIP archive");
        });
        byte[] escaping = ZipFixtures.zip(Map.of("../course.yaml", "id: x\n"));
        ImportOutcome slip = AsUser.call(identity, trainer, () -> versions.importZip("evil.zip", new ByteArrayInputStream(escaping)));
        assertThat(slip.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not a path inside a course folder"));
    }

    static int lineOf(String text, String start) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(start);
    }
}
