package uk.safeguarding.training.content.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import uk.safeguarding.training.content.ContentProperties;
import uk.safeguarding.training.content.CourseFolderReader;
import uk.safeguarding.training.content.CourseProblem;
import uk.safeguarding.training.content.CourseReadResult;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseCatalog.PublishOutcome;

/**
 * At every start, reads each course folder: a valid course whose content is new is published as a new version;
 * content already published (even if trainers have published later versions in the app since) creates nothing; an invalid one is not published (the previous version keeps serving) and its
 * problems are logged and kept for trainers to see.
 *
 * <p>Most starts find every folder unchanged. Those are recognised from the files' content hash and the id in
 * course.yaml alone, without parsing and checking the modules and questions (the version with that hash was
 * published from exactly these bytes), and {@link CourseFolderSources} reuses what this import read instead of
 * reading and parsing each folder again (docs/decisions/0028).
 */
@Component
@Order(0)
public class CourseFolderImport implements ApplicationRunner {

    static final String PUBLISHED_BY = "course files";
    private static final Logger log = LoggerFactory.getLogger(CourseFolderImport.class);

    private final CourseFolderReader reader = new CourseFolderReader();
    private final CourseFolderParser parser = new CourseFolderParser();
    private final Map<String, ReadAtStart> readAtStart = new ConcurrentHashMap<>();
    private final CourseCatalog catalog;
    private final ContentProperties properties;

    CourseFolderImport(CourseCatalog catalog, ContentProperties properties) {
        this.catalog = catalog;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        importAll();
    }

    public void importAll() {
        Path root = properties.coursesDirectory().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            log.warn("No courses folder at {}: no course was imported (set training.content.courses-directory)", root);
            return;
        }
        try (Stream<Path> folders = Files.list(root)) {
            folders.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().forEach(this::importFolder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports one course folder; returns the outcome, or null when the folder is invalid. */
    public PublishOutcome importFolder(Path folder) {
        String name = folder.getFileName().toString();
        readAtStart.remove(name);
        CourseReadResult result;
        try {
            if (!Files.isDirectory(folder)) {
                result = reader.read(folder);
            } else {
                CourseFiles files = CourseFiles.read(folder);
                String hash = ContentHash.of(files);
                Optional<String> courseId = courseId(files);
                var unchanged = courseId.flatMap(id -> catalog.versionWithContent(id, hash));
                if (unchanged.isPresent()) {
                    readAtStart.put(name, new ReadAtStart(courseId.get(), hash));
                    catalog.recordImport(name, "Unchanged: matches version " + unchanged.get().getNumber(), List.of());
                    return new PublishOutcome(unchanged.get().getId(), unchanged.get().getNumber(), false,
                            unchanged.get().getEditionNumber());
                }
                result = parser.read(files);
            }
        } catch (UncheckedIOException e) {
            log.error("Could not read course folder {}: {}", folder, e.getMessage());
            catalog.recordImport(name, "Could not be read: " + e.getMessage(), List.of());
            return null;
        }
        if (!result.valid()) {
            List<String> problems = result.problems().stream().map(CourseProblem::toString).toList();
            log.error("Course folder {} has {} problem(s) and was not published; the previous version keeps serving:\n  {}",
                    name, problems.size(), String.join("\n  ", problems));
            catalog.recordImport(name, "Not published: " + problems.size() + " problem(s)", problems);
            return null;
        }
        readAtStart.put(name, new ReadAtStart(result.course().id(), result.contentHash()));
        var existing = catalog.versionWithContent(result.course().id(), result.contentHash());
        if (existing.isPresent()) {
            // This content was published before (perhaps followed by versions made in the app): a restart must not
            // undo a trainer's later work by publishing the folder again.
            catalog.recordImport(name, "Unchanged: matches version " + existing.get().getNumber(), List.of());
            return new PublishOutcome(existing.get().getId(), existing.get().getNumber(), false,
                    existing.get().getEditionNumber());
        }
        try {
            PublishOutcome outcome = catalog.publish(result.course(), result.contentHash(), PUBLISHED_BY);
            catalog.recordImport(name, outcome.created()
                    ? "Published as version " + outcome.versionNumber()
                    : "Unchanged: version " + outcome.versionNumber() + " keeps serving", List.of());
            return outcome;
        } catch (DataIntegrityViolationException raced) {
            // Another instance starting at the same moment published the same content first.
            log.info("Course folder {} was published by another instance", name);
            return null;
        }
    }

    /** The course id course.yaml gives, read alone; empty when course.yaml is missing or gives none. */
    private static Optional<String> courseId(CourseFiles files) {
        return CourseYamlReader.read(files, new Problems()).map(CourseHeader::id).filter(id -> !id.isBlank());
    }

    /** What this start's import read from a valid folder; null when it did not read the folder or found it invalid. */
    ReadAtStart readAtStart(String folderName) {
        return readAtStart.get(folderName);
    }

    /** A valid folder's course id and content hash as the import read them. */
    record ReadAtStart(String courseId, String contentHash) {
    }
}
