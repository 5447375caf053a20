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
import uk.safeguarding.training.content.CourseFileSet;
import uk.safeguarding.training.content.CourseReadResult;
import uk.safeguarding.training.course.CourseCatalog;

/**
 * Right after the start-up import ({@link CourseFolderImport}, order 0), keeps each valid course folder's files
 * with the version that has its content hash, so trainers can export that version as exactly these files. A
 * version that already has its files is left alone, so this costs one read per folder at start.
 */
@Component
@Order(1)
class CourseFolderSources implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CourseFolderSources.class);

    private final CourseCatalog catalog;
    private final ContentProperties properties;
    private final CourseFolderImport courseImport;

    CourseFolderSources(CourseCatalog catalog, ContentProperties properties, CourseFolderImport courseImport) {
        this.catalog = catalog;
        this.properties = properties;
        this.courseImport = courseImport;
    }

    @Override
    public void run(ApplicationArguments args) {
        Path root = properties.coursesDirectory().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(root)) {
            folders = list.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        folders.forEach(this::keep);
    }

    void keep(Path folder) {
        try {
            CourseFileSet files = CourseFileSet.fromFolder(folder);
            // The import has just read this folder: when the bytes here are the ones it read (same hash), its course
            // id stands, and the folder is not parsed a second time.
            CourseFolderImport.ReadAtStart read = courseImport.readAtStart(folder.getFileName().toString());
            String hash = ContentHash.of(CourseFiles.of(files.files()));
            String courseId;
            if (read != null && read.contentHash().equals(hash)) {
                courseId = read.courseId();
            } else {
                CourseReadResult result = files.read();
                if (!result.valid()) {
                    return;
                }
                courseId = result.course().id();
                hash = result.contentHash();
            }
            if (catalog.attachSourceFiles(courseId, hash, files.files())) {
                log.info("Kept the {} files of courses/{} with its published version", files.size(),
                        folder.getFileName());
            }
        } catch (UncheckedIOException e) {
            log.warn("Could not keep the files of course folder {}: {}", folder, e.getMessage());
        } catch (DataIntegrityViolationException raced) {
            // Another instance starting at the same moment kept the same files first (unique path per version);
            // this instance's transaction rolled back as a whole, and it starts normally.
            log.info("The files of courses/{} were kept by another instance", folder.getFileName());
        }
    }
}
