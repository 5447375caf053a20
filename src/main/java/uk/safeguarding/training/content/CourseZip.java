package uk.safeguarding.training.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A course folder as a ZIP: {@code <folder>/course.yaml}, {@code <folder>/modules/...}, exactly the layout of
 * {@code courses/}. Reading is defensive, since the archive comes from a browser: paths cannot leave the folder,
 * and sizes are capped so a small archive cannot unpack into gigabytes.
 */
public final class CourseZip {

    /** The largest archive accepted: the upload limit of the import, and the most this reads from any stream. */
    public static final long MAX_ARCHIVE_BYTES = 50L * 1024 * 1024;
    static final int MAX_ENTRIES = 500;
    /** Entries of any kind, folders and ignored ones included. */
    static final int MAX_ENTRIES_ALL = 2 * MAX_ENTRIES;
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;
    /** Every entry gets this time, so exporting the same version twice gives the same bytes. */
    private static final FileTime FIXED_TIME = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));

    private CourseZip() {
    }

    /** Why an archive could not be read: said for a trainer, not a stack trace. */
    public static final class UnreadableZipException extends Exception {
        UnreadableZipException(String message) {
            super(message);
        }
    }

    public static byte[] zip(String folderName, CourseFileSet files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
                ZipEntry entry = new ZipEntry(folderName + "/" + file.getKey());
                entry.setLastModifiedTime(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the ZIP", e);
        }
        return bytes.toByteArray();
    }

    /**
     * The course folder inside the archive: either the files at its top level, or the one folder holding
     * course.yaml (as {@link #zip} writes it and as a zipped folder from any operating system looks).
     */
    public static CourseFileSet unzip(InputStream in) throws UnreadableZipException {
        Map<String, byte[]> entries = readEntries(in);
        if (entries.isEmpty()) {
            throw new UnreadableZipException("The file is not a ZIP archive, or it is empty.");
        }
        String prefix = folderPrefix(entries.keySet());
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            if (!entry.getKey().startsWith(prefix)) {
                throw new UnreadableZipException("The archive holds more than one course folder: put one course"
                        + " folder in it (found '" + entry.getKey() + "' beside '" + prefix + "').");
            }
            files.put(entry.getKey().substring(prefix.length()), entry.getValue());
        }
        return CourseFileSet.of(files);
    }

    /**
     * Reads the archive through its central directory (a temporary file, deleted afterwards), so the number of
     * entries and the sizes they declare are checked before any entry is inflated, the ignored ones (hidden files,
     * __MACOSX/) included, and ignored entries are never inflated at all. Declared sizes can lie, so reading counts
     * the real bytes against the same limits.
     */
    private static Map<String, byte[]> readEntries(InputStream in) throws UnreadableZipException {
        Path archive = null;
        try {
            archive = Files.createTempFile("course-import-", ".zip");
            try (OutputStream out = Files.newOutputStream(archive)) {
                copyCapped(in, out);
            }
            return readEntries(archive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (archive != null) {
                try {
                    Files.deleteIfExists(archive);
                } catch (IOException ignored) {
                    // a temporary file: the system cleans its temporary folder
                }
            }
        }
    }

    private static void copyCapped(InputStream in, OutputStream out) throws IOException, UnreadableZipException {
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > MAX_ARCHIVE_BYTES) {
                throw new UnreadableZipException("The archive is larger than " + MAX_ARCHIVE_BYTES / 1024 / 1024 + " MB.");
            }
            out.write(buffer, 0, read);
        }
    }

    private static Map<String, byte[]> readEntries(Path archive) throws UnreadableZipException, IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(archive.toFile());
        } catch (ZipException e) {
            return Map.of();
        }
        try (zip) {
            List<? extends ZipEntry> all = Collections.list(zip.entries());
            if (all.size() > MAX_ENTRIES_ALL) {
                throw new UnreadableZipException("The archive has more than " + MAX_ENTRIES_ALL + " entries.");
            }
            long declared = 0;
            for (ZipEntry entry : all) {
                if (entry.getSize() > MAX_FILE_BYTES) {
                    throw new UnreadableZipException("'" + entry.getName() + "' is larger than "
                            + MAX_FILE_BYTES / 1024 / 1024 + " MB.");
                }
                declared += Math.max(entry.getSize(), 0);
                if (declared > MAX_TOTAL_BYTES) {
                    throw new UnreadableZipException(tooLargeUnpacked());
                }
            }
            Map<String, byte[]> entries = new LinkedHashMap<>();
            long total = 0;
            for (ZipEntry entry : all) {
                String name = entry.getName();
                if (entry.isDirectory() || ignored(name)) {
                    continue;
                }
                if (!CourseFileSet.safe(name)) {
                    throw new UnreadableZipException("The archive contains '" + name + "', which is not a path"
                            + " inside a course folder.");
                }
                if (entries.size() >= MAX_ENTRIES) {
                    throw new UnreadableZipException("The archive has more than " + MAX_ENTRIES + " files.");
                }
                byte[] bytes;
                try (InputStream content = zip.getInputStream(entry)) {
                    bytes = readCapped(content, name);
                }
                total += bytes.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new UnreadableZipException(tooLargeUnpacked());
                }
                if (entries.put(name, bytes) != null) {
                    throw new UnreadableZipException("The archive contains '" + name + "' twice.");
                }
            }
            return entries;
        } catch (ZipException e) {
            throw new UnreadableZipException("The file is not a readable ZIP archive (" + e.getMessage() + ").");
        }
    }

    private static String tooLargeUnpacked() {
        return "The archive unpacks to more than " + MAX_TOTAL_BYTES / 1024 / 1024 + " MB.";
    }

    private static byte[] readCapped(InputStream zip, String name) throws IOException, UnreadableZipException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
            out.write(buffer, 0, read);
            if (out.size() > MAX_FILE_BYTES) {
                throw new UnreadableZipException("'" + name + "' is larger than " + MAX_FILE_BYTES / 1024 / 1024
                        + " MB.");
            }
        }
        return out.toByteArray();
    }

    // Archivers add folders of their own (macOS __MACOSX/, .DS_Store); the course reader skips hidden files too.
    private static boolean ignored(String name) {
        return name.startsWith("__MACOSX/") || List.of(name.split("/")).stream()
                .anyMatch(p -> p.startsWith(".") && !p.equals(".") && !p.equals(".."));
    }

    private static String folderPrefix(Set<String> names) throws UnreadableZipException {
        if (names.contains("course.yaml")) {
            return "";
        }
        List<String> holders = new ArrayList<>(names.stream().filter(n -> n.endsWith("/course.yaml"))
                .map(n -> n.substring(0, n.length() - "course.yaml".length())).sorted().toList());
        if (holders.size() > 1) {
            throw new UnreadableZipException("The archive holds " + holders.size() + " course folders ("
                    + String.join(", ", holders) + "): import one course at a time.");
        }
        if (holders.size() == 1) {
            return holders.getFirst();
        }
        // No course.yaml (or several): keep a single top folder out of the paths so the reader names the gap.
        Set<String> tops = names.stream().map(n -> n.contains("/") ? n.substring(0, n.indexOf('/') + 1) : "")
                .collect(Collectors.toSet());
        return tops.size() == 1 && !tops.contains("") && holders.isEmpty() ? tops.iterator().next() : "";
    }
}
