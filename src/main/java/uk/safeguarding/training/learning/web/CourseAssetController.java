package uk.safeguarding.training.learning.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.safeguarding.training.course.AssetDefinition;
import uk.safeguarding.training.course.CourseCatalog;

/**
 * Images of a published course version, for signed-in people (the security chain requires sign-in for every path
 * not explicitly opened). Versions never change, so the browser may keep them.
 */
@RestController
class CourseAssetController {

    static final String PREFIX = "/course-assets/";

    private final CourseCatalog catalog;

    CourseAssetController(CourseCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping(PREFIX + "{versionId}/assets/**")
    ResponseEntity<byte[]> asset(@PathVariable long versionId, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getRequestURI().indexOf("/assets/") + 1);
        AssetDefinition asset;
        try {
            asset = catalog.definition(versionId).assets().stream().filter(a -> a.path().equals(path)).findFirst().orElse(null);
        } catch (IllegalArgumentException noSuchVersion) {
            asset = null;
        }
        if (asset == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(asset.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff").body(asset.bytes());
    }

    static String url(long versionId, String assetPath) {
        return PREFIX + versionId + "/" + assetPath;
    }
}
