package uk.safeguarding.training.content.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * SHA-256 over a course folder's files in sorted path order. Each file contributes its path, its length and its
 * bytes, so moving bytes from one file to the next or renaming a file changes the hash.
 */
final class ContentHash {

    private ContentHash() {
    }

    static String of(CourseFiles files) {
        MessageDigest digest = sha256();
        for (Map.Entry<String, byte[]> file : files.all().entrySet()) {
            byte[] content = CourseFiles.isText(file.getKey()) ? withLf(file.getValue()) : file.getValue();
            digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(ByteBuffer.allocate(Long.BYTES).putLong(content.length).array());
            digest.update(content);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] withLf(byte[] bytes) {
        ByteBuffer out = ByteBuffer.allocate(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (!(bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n')) {
                out.put(bytes[i]);
            }
        }
        byte[] result = new byte[out.position()];
        out.flip().get(result);
        return result;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
