package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.StreamRegistration;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import uk.safeguarding.training.course.AssetDefinition;
import uk.safeguarding.training.course.CourseDefinition;

/**
 * Serves a draft's images to the preview, from this session only: the draft is not published, so there is no public
 * address for them. The addresses are relative, which is what the sanitiser lets through for images.
 */
final class DraftAssets {

    private final Supplier<CourseDefinition> course;
    private final Map<String, StreamRegistration> registered = new HashMap<>();

    DraftAssets(Supplier<CourseDefinition> course) {
        this.course = course;
    }

    /** The address of the image at {@code path}; the bytes are looked up when the browser asks, so edits show. */
    String url(String path) {
        String clean = path.startsWith("./") ? path.substring(2) : path;
        StreamRegistration registration = registered.computeIfAbsent(clean, p -> VaadinSession.getCurrent()
                .getResourceRegistry().registerResource(handler(p), UI.getCurrent().getElement()));
        return registration.getResourceUri().toString();
    }

    private DownloadHandler handler(String path) {
        return DownloadHandler.fromInputStream(event -> course.get().assets().stream()
                .filter(a -> a.path().equals(path)).findFirst()
                .map(DraftAssets::response).orElse(DownloadResponse.error(404)));
    }

    private static DownloadResponse response(AssetDefinition asset) {
        byte[] bytes = asset.bytes();
        return new DownloadResponse(new ByteArrayInputStream(bytes), asset.path().substring(asset.path().lastIndexOf('/') + 1),
                asset.contentType(), bytes.length);
    }
}
