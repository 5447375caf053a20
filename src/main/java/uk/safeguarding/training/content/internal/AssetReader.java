package uk.safeguarding.training.content.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.safeguarding.training.course.AssetDefinition;

/** Reads the files under assets/. Only raster images are accepted; see {@link #contentType(String)} for why. */
final class AssetReader {

    static final String FOLDER = "assets/";

    private AssetReader() {
    }

    static List<AssetDefinition> read(CourseFiles files, Problems problems) {
        List<AssetDefinition> assets = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.all().entrySet()) {
            if (!file.getKey().startsWith(FOLDER)) {
                continue;
            }
            String contentType = contentType(file.getKey());
            if (contentType == null) {
                problems.add(file.getKey(), 0, file.getKey().toLowerCase(Locale.ROOT).endsWith(".svg")
                        ? "SVG images are not allowed because they can carry scripts; use PNG, JPEG, GIF or WebP"
                        : "only images (PNG, JPEG, GIF or WebP) may be placed in assets/");
            } else {
                assets.add(new AssetDefinition(file.getKey(), contentType, file.getValue()));
            }
        }
        return assets;
    }

    /**
     * The served content type, or null when the file type is not allowed. SVG is refused: served from the
     * application's own origin, an SVG with a script in it runs as the signed-in user.
     */
    static String contentType(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (lower.endsWith(".gif")) {
            return "image/gif";
        }
        return lower.endsWith(".webp") ? "image/webp" : null;
    }
}
