package uk.safeguarding.training.content.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A snapshot of a course folder: every file's bytes by relative path ({@code modules/01-x.md}). Everything is
 * read once up front so the hash and the parsed course always describe the same bytes.
 */
final class CourseFiles {

    private final SortedMap<String, byte[]> files;

    private CourseFiles(SortedMap<String, byte[]> files) {
        this.files = Collections.unmodifiableSortedMap(files);
    }

    /** Files already in memory (a {@code CourseFileSet}), so they hash exactly as a folder read from disk would. */
    static CourseFiles of(SortedMap<String, byte[]> files) {
        return new CourseFiles(new TreeMap<>(files));
    }

    static CourseFiles read(Path folder) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                Path relative = folder.relativize(path);
                if (!hidden(relative)) {
                    files.put(slashed(relative), Files.readAllBytes(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read course folder " + folder, e);
        }
        return new CourseFiles(files);
    }

    SortedMap<String, byte[]> all() {
        return files;
    }

    boolean exists(String path) {
        return files.containsKey(path);
    }

    /**
     * The file as text with line endings normalised to {@code \n} and any byte-order mark dropped, so a file
     * saved on Windows reads, and reports lines, the same as on Linux. Empty (with a problem) when not UTF-8.
     */
    Optional<String> text(String path, Problems problems) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(text.replace("\r\n", "\n"));
        } catch (CharacterCodingException e) {
            problems.add(path, 0, "the file is not UTF-8 text; save it as UTF-8");
            return Optional.empty();
        }
    }

    /**
     * Text files are hashed with CRLF turned into LF because Git on Windows converts line endings of text files
     * (and only those) on checkout; images are hashed as they are.
     */
    static boolean isText(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return Stream.of(".md", ".markdown", ".yaml", ".yml", ".txt", ".json", ".csv").anyMatch(lower::endsWith);
    }

    // Editors and operating systems drop files such as .DS_Store or .git/; they are not course content.
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String slashed(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
