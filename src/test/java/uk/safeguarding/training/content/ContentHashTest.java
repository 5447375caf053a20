package uk.safeguarding.training.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content hash tells "this folder was already published" from "this folder changed". */
class ContentHashTest {

    private final CourseFolderReader reader = new CourseFolderReader();

    private String hash(Path folder) {
        return reader.read(folder).contentHash();
    }

    @Test
    void isAHexSha256() {
        assertThat(hash(CourseFixtures.minimal())).matches("[0-9a-f]{64}");
    }

    @Test
    void anUnchangedFolderHashesTheSame(@TempDir Path temp) {
        Path copy = CourseFixtures.copyOfMinimal(temp);

        assertThat(hash(copy)).isEqualTo(hash(CourseFixtures.minimal())).isEqualTo(hash(copy));
    }

    @Test
    void oneChangedByteChangesTheHash(@TempDir Path temp) throws IOException {
        Path copy = CourseFixtures.copyOfMinimal(temp);
        String before = hash(copy);
        Path module = copy.resolve("modules/02-second-module.md");
        Files.writeString(module, Files.readString(module).replace("call 999", "call 998"));

        assertThat(hash(copy)).isNotEqualTo(before);
    }

    @Test
    void aChangedImageChangesTheHash(@TempDir Path temp) throws IOException {
        Path copy = CourseFixtures.copyOfMinimal(temp);
        String before = hash(copy);
        Path image = copy.resolve("assets/diagram.png");
        byte[] bytes = Files.readAllBytes(image);
        bytes[bytes.length - 1] ^= 1;
        Files.write(image, bytes);

        assertThat(hash(copy)).isNotEqualTo(before);
    }

    @Test
    void aRenamedFileChangesTheHash(@TempDir Path temp) throws IOException {
        Path copy = CourseFixtures.copyOfMinimal(temp);
        String before = hash(copy);
        Files.move(copy.resolve("assets/diagram.png"), copy.resolve("assets/diagram2.png"));

        assertThat(hash(copy)).isNotEqualTo(before);
    }

    @Test
    void windowsLineEndingsHashTheSameAsUnixOnes(@TempDir Path temp) throws IOException {
        Path copy = CourseFixtures.copyOfMinimal(temp);
        CourseFolderReaderTest.toCrlf(copy);

        assertThat(Files.readString(copy.resolve("course.yaml"))).contains("\r\n");
        assertThat(hash(copy)).isEqualTo(hash(CourseFixtures.minimal()));
    }

    @Test
    void hiddenFilesLeftByTheOperatingSystemDoNotCount(@TempDir Path temp) throws IOException {
        Path copy = CourseFixtures.copyOfMinimal(temp);
        String before = hash(copy);
        Files.writeString(copy.resolve(".DS_Store"), "Finder state");

        assertThat(hash(copy)).isEqualTo(before);
    }

    @Test
    void aFolderWithProblemsStillHasAHash() {
        CourseReadResult result = reader.read(CourseFixtures.broken("pass-mark-0"));

        assertThat(result.course()).isNull();
        assertThat(result.contentHash()).matches("[0-9a-f]{64}").isNotEqualTo(hash(CourseFixtures.minimal()));
    }
}
