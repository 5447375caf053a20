package uk.safeguarding.training.content.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 */
@Component
@Order(0)
public class CourseFolderImport implements ApplicationRunner {

    static final String PUBLISHED_BY = "course files";
    private static final Logger log = LoggerFactory.getLogger(CourseFolderImport.class);

    private final CourseFolderReader reader = new CourseFolderReader();
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
        CourseReadResult result;
        try {
            result = reader.read(folder);
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
}
