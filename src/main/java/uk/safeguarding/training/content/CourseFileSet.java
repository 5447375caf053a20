package uk.safeguarding.training.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of one course folder, by relative path with forward slashes ({@code modules/01-x.md}), held in memory:
 * what is stored with a published version, exported as a ZIP and read back. Immutable.
 */
public final class CourseFileSet {

    // Relative, no empty, "." or ".." segment, no backslash or colon: a path can never leave the folder it is written to.
    private static final Pattern SAFE_PATH = Pattern.compile("([^/\\\\:\\x00-\\x1F]+/)*[^/\\\\:\\x00-\\x1F]+");

    private final SortedMap<String, byte[]> files;

    private CourseFileSet(SortedMap<String, byte[]> files) {
        this.files = files;
    }

    /** @throws IllegalArgumentException when a path is absolute, hidden or climbs out of the folder */
    public static CourseFileSet of(Map<String, byte[]> files) {
        SortedMap<String, byte[]> copy = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (!safe(path)) {
                throw new IllegalArgumentException("not a path inside a course folder: '" + path + "'");
            }
            copy.put(path, bytes.clone());
        });
        return new CourseFileSet(copy);
    }

    /** Whether {@code path} may name a file of a course folder (relative, inside it, not hidden). */
    public static boolean safe(String path) {
        return path != null && SAFE_PATH.matcher(path).matches()
                && Arrays.stream(path.split("/")).noneMatch(part -> part.startsWith(".") || part.isBlank());
    }

    /** The folder's files as the course reader sees them: regular files, leaving out hidden ones such as .git/. */
    public static CourseFileSet fromFolder(Path folder) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                Path relative = folder.relativize(path);
                String slashed = relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
                if (Arrays.stream(slashed.split("/")).noneMatch(part -> part.startsWith("."))) {
                    files.put(slashed, Files.readAllBytes(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read course folder " + folder, e);
        }
        return new CourseFileSet(files);
    }

    /** Paths in sorted order. */
    public SortedMap<String, byte[]> files() {
        SortedMap<String, byte[]> copy = new TreeMap<>();
        files.forEach((path, bytes) -> copy.put(path, bytes.clone()));
        return Collections.unmodifiableSortedMap(copy);
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    public int size() {
        return files.size();
    }

    /**
     * Reads and validates the files with the one course reader, so a draft, a ZIP and a folder on disk meet the same
     * rules and messages. The reader reads folders, so the files pass through a temporary folder that is removed.
     */
    public CourseReadResult read() {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("course-");
            writeTo(folder);
            return new CourseFolderReader().read(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not check course files", e);
        } finally {
            deleteQuietly(folder);
        }
    }

    public void writeTo(Path folder) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey()).normalize();
            if (!target.startsWith(folder)) {
                throw new IOException("path leaves the folder: " + file.getKey());
            }
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }

    /**
     * Same paths and bytes, reading text files with CRLF as LF: the comparison the content hash makes, since Git on
     * Windows may check text files out with either line ending.
     */
    public boolean sameContentAs(CourseFileSet other) {
        if (!files.keySet().equals(other.files.keySet())) {
            return false;
        }
        return files.entrySet().stream().allMatch(file -> Arrays.equals(normalised(file.getKey(), file.getValue()),
                normalised(file.getKey(), other.files.get(file.getKey()))));
    }

    private static byte[] normalised(String path, byte[] bytes) {
        String lower = path.toLowerCase(Locale.ROOT);
        boolean text = Stream.of(".md", ".markdown", ".yaml", ".yml", ".txt", ".json", ".csv").anyMatch(lower::endsWith);
        return text ? new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)
                : bytes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CourseFileSet that && files.keySet().equals(that.files.keySet())
                && files.entrySet().stream().allMatch(f -> Arrays.equals(f.getValue(), that.files.get(f.getKey())));
    }

    @Override
    public int hashCode() {
        return files.keySet().hashCode();
    }

    @Override
    public String toString() {
        return "CourseFileSet" + files.keySet();
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless; the check's answer matters more than the clean-up.
        }
    }
}
