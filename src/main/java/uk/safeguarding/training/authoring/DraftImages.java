package uk.safeguarding.training.authoring;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import uk.safeguarding.training.course.AssetDefinition;
import uk.safeguarding.training.course.CourseDefinition;

/**
 * Images uploaded into a draft: the same four raster types the course-file validator allows, checked by their
 * content as well as their name (a renamed SVG or HTML file must not be served as an image), and stored under
 * {@code assets/} with a plain file name. Pure; no Spring.
 */
public final class DraftImages {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private DraftImages() {
    }

    /** The image as a course asset, or a message saying why it cannot be one. */
    public record Upload(AssetDefinition asset, String problem) {
        public boolean accepted() {
            return asset != null;
        }
    }

    public static Upload accept(CourseDefinition course, String fileName, byte[] bytes) {
        String type = typeOf(bytes);
        String extension = extension(fileName);
        if (type == null || extension == null || !type.equals(typeOfExtension(extension))) {
            return new Upload(null, "Only PNG, JPEG, GIF or WebP images can be added, and the file's name must"
                    + " match its type (SVG is not allowed because it can carry scripts).");
        }
        if (bytes.length > MAX_BYTES) {
            return new Upload(null, "The image is larger than 2 MB; make it smaller and try again.");
        }
        return new Upload(new AssetDefinition(freePath(course, fileName, extension), type, bytes), null);
    }

    /** The Markdown that shows the image with its description, for the page text. */
    public static String markdown(String altText, String path) {
        String alt = altText.strip().replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
                .replaceAll("\\s+", " ");
        return "![" + alt + "](" + path + ")";
    }

    static String typeOf(byte[] b) {
        if (starts(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return "image/png";
        }
        if (starts(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (starts(b, "GIF87a".getBytes(StandardCharsets.US_ASCII)) || starts(b, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return "image/gif";
        }
        boolean webp = b.length >= 12 && starts(b, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && Arrays.equals(Arrays.copyOfRange(b, 8, 12), "WEBP".getBytes(StandardCharsets.US_ASCII));
        return webp ? "image/webp" : null;
    }

    private static String typeOfExtension(String extension) {
        return switch (extension) {
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            default -> null;
        };
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? null : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** {@code assets/<plain-name>.<ext>}, numbered when the name is taken, so an upload never replaces another. */
    static String freePath(CourseDefinition course, String fileName, String extension) {
        String base = fileName.substring(0, fileName.lastIndexOf('.')).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        base = base.isEmpty() ? "image" : base.substring(0, Math.min(base.length(), 60));
        String path = "assets/" + base + "." + extension;
        for (int n = 2; taken(course, path); n++) {
            path = "assets/" + base + "-" + n + "." + extension;
        }
        return path;
    }

    private static boolean taken(CourseDefinition course, String path) {
        return course.assets().stream().anyMatch(a -> a.path().equals(path));
    }

    private static boolean starts(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
    }

    public static Optional<AssetDefinition> find(CourseDefinition course, String path) {
        return course.assets().stream().filter(a -> a.path().equals(path)).findFirst();
    }
}
