package uk.safeguarding.training.course;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A file from the course's {@code assets/} folder, for example an image referenced from a page.
 *
 * @param path relative to the course folder, with forward slashes, e.g. {@code assets/diagram.png}
 */
public record AssetDefinition(String path, String contentType, byte[] bytes) {

    public AssetDefinition {
        bytes = bytes.clone();
    }

    /** A copy, so the record stays immutable. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    // A record's generated equals compares arrays by identity; a course read twice must be equal.
    @Override
    public boolean equals(Object other) {
        return other instanceof AssetDefinition that
                && Objects.equals(path, that.path)
                && Objects.equals(contentType, that.contentType)
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, contentType, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        String head = HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 8));
        return "AssetDefinition[path=" + path + ", contentType=" + contentType + ", " + bytes.length + " bytes: "
                + head + (bytes.length > 8 ? "...]" : "]");
    }
}
