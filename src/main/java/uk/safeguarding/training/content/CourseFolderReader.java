package uk.safeguarding.training.content;

import java.nio.file.Path;

import uk.safeguarding.training.content.internal.CourseFolderParser;

/**
 * Reads a course folder in the format of docs/course-format.md. Stateless and thread-safe; needs no Spring,
 * so the command-line validator and tests use it directly.
 */
public class CourseFolderReader {

    private final CourseFolderParser parser = new CourseFolderParser();

    /**
     * Reads and validates the folder. Never throws for bad content: every problem is in the result, and the
     * course is present only when there are none.
     *
     * @throws java.io.UncheckedIOException when the files cannot be read from disk
     */
    public CourseReadResult read(Path folder) {
        return parser.read(folder);
    }
}
