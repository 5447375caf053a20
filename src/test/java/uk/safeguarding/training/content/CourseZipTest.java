package uk.safeguarding.training.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Archives from a browser are hostile until read: bombs in entries the reader skips count too. */
class CourseZipTest {

    private static byte[] archive(ZipWriter extra) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("course/course.yaml"));
            zip.write("id: tiny\\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            extra.write(zip);
        }
        return bytes.toByteArray();
    }

    interface ZipWriter {
        void write(ZipOutputStream zip) throws IOException;
    }

    @Test
    void a_bomb_in_a_hidden_entry_is_refused_by_its_declared_size_before_anything_is_inflated() throws Exception {
        byte[] bomb = archive(zip -> {
            zip.putNextEntry(new ZipEntry("course/.hidden/big.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        });
        assertThat(bomb.length).as("small when zipped").isLessThan(1024 * 1024);
        assertThatThrownBy(() -> CourseZip.unzip(new ByteArrayInputStream(bomb)))
                .isInstanceOf(CourseZip.UnreadableZipException.class)
                .hasMessageContaining("larger than 10 MB");
    }

    @Test
    void many_small_hidden_entries_adding_up_past_the_total_are_refused() throws Exception {
        byte[] bomb = archive(zip -> {
            byte[] zeros = new byte[9 * 1024 * 1024];
            for (int i = 0; i < 7; i++) {
                zip.putNextEntry(new ZipEntry("__MACOSX/part" + i));
                zip.write(zeros);
                zip.closeEntry();
            }
        });
        assertThatThrownBy(() -> CourseZip.unzip(new ByteArrayInputStream(bomb)))
                .isInstanceOf(CourseZip.UnreadableZipException.class)
                .hasMessageContaining("unpacks to more than 50 MB");
    }

    @Test
    void skipped_entries_count_towards_the_number_of_entries() throws Exception {
        byte[] crowded = archive(zip -> {
            for (int i = 0; i < CourseZip.MAX_ENTRIES_ALL; i++) {
                zip.putNextEntry(new ZipEntry("course/.cache/" + i));
                zip.closeEntry();
            }
        });
        assertThatThrownBy(() -> CourseZip.unzip(new ByteArrayInputStream(crowded)))
                .isInstanceOf(CourseZip.UnreadableZipException.class)
                .hasMessageContaining("more than " + CourseZip.MAX_ENTRIES_ALL + " entries");
    }

    @Test
    void an_archive_larger_than_the_upload_limit_is_refused_without_reading_it_all() {
        long[] read = {0};
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                read[0] += len;
                return len;
            }
        };
        assertThatThrownBy(() -> CourseZip.unzip(endless)).isInstanceOf(CourseZip.UnreadableZipException.class)
                .hasMessageContaining("larger than 50 MB");
        assertThat(read[0]).isLessThanOrEqualTo(CourseZip.MAX_ARCHIVE_BYTES + 8192);
    }

    @Test
    void hidden_files_within_the_limits_are_still_left_out_of_the_course() throws Exception {
        byte[] withHidden = archive(zip -> {
            zip.putNextEntry(new ZipEntry("course/.DS_Store"));
            zip.write(new byte[100]);
            zip.closeEntry();
        });
        assertThat(CourseZip.unzip(new ByteArrayInputStream(withHidden)).files()).containsOnlyKeys("course.yaml");
    }
}
