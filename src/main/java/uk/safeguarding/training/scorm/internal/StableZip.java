package uk.safeguarding.training.scorm.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A ZIP whose bytes depend only on its files: sorted names, one fixed time, no extra fields. */
public final class StableZip {

    // setTimeLocal writes the MS-DOS date and time fields only. setTime or setLastModifiedTime would convert through
    // the JVM's time zone (and add an extended-time field), so two servers in different zones would give other bytes.
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private StableZip() {
    }

    public static byte[] zip(SortedMap<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the SCORM package", e);
        }
        return bytes.toByteArray();
    }
}
