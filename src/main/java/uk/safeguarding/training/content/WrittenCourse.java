package uk.safeguarding.training.content;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A course written as a folder, with where each part of the model landed, so that a problem the reader reports as
 * {@code questions.yaml:42} can be shown beside the question field it is about.
 */
public record WrittenCourse(CourseFileSet files, List<Region> regions) {

    public WrittenCourse {
        regions = List.copyOf(regions);
    }

    /** Lines {@code fromLine..toLine} (1-based, inclusive) of {@code file} hold {@code part}. */
    public record Region(String file, int fromLine, int toLine, CoursePart part) {

        boolean holds(String otherFile, int line) {
            return file.equals(otherFile) && line >= fromLine && line <= toLine;
        }
    }

    /**
     * Where a problem points.
     *
     * @param lineInPart 1-based line within the part (a page's text, say); 0 when the whole part is meant
     */
    public record Location(CoursePart part, int lineInPart) {
    }

    /** The most specific part written at {@code file:line}; for line 0, the part the whole file belongs to. */
    public Optional<Location> locate(String file, int line) {
        if (line > 0) {
            Optional<Region> innermost = regions.stream().filter(r -> r.holds(file, line))
                    .min(Comparator.comparingInt((Region r) -> r.toLine() - r.fromLine()));
            if (innermost.isPresent()) {
                return innermost.map(r -> new Location(r.part(), line - r.fromLine() + 1));
            }
        }
        return regions.stream().filter(r -> r.file().equals(file) && r.fromLine() == 0).findFirst()
                .map(r -> new Location(r.part(), 0));
    }
}
