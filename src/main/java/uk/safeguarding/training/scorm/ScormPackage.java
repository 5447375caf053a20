package uk.safeguarding.training.scorm;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import uk.safeguarding.training.course.AssetDefinition;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.scorm.internal.ScoPages;
import uk.safeguarding.training.scorm.internal.ScormManifest;
import uk.safeguarding.training.scorm.internal.StableZip;

/**
 * A published course version as a SCORM 1.2 package that runs offline in another learning management system: one
 * SCO per module (its pages and knowledge check) and one for the final assessment, graded in the browser. See
 * docs/decisions/0026-scorm-export.md, including why such a package cannot keep its answers secret.
 *
 * <p>The same version with the same organisation details always gives the same bytes: entries are sorted, every
 * entry has one fixed time, and nothing depends on the clock, the time zone or the order of a hash map.
 */
public final class ScormPackage {

    /** Fixed names inside the package; the browser test and the manifest both use them. */
    public static final String MANIFEST = "imsmanifest.xml";
    public static final String ASSESSMENT = "assessment.html";

    private ScormPackage() {
    }

    /** A package ready to download. */
    public record Exported(String fileName, byte[] zip) {
    }

    /** The page of the module at {@code index} (0-based) inside the package. */
    public static String moduleFile(int index) {
        return "module-" + (index + 1) + ".html";
    }

    /**
     * @param placeholderValues the organisation's details, filled into the text as the app fills them for its own
     *                          learners (the package cannot ask the app later)
     */
    public static Exported export(CourseDefinition course, int versionNumber, Map<String, String> placeholderValues) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        ScoPages pages = new ScoPages(course, versionNumber, placeholderValues);
        for (int i = 0; i < course.modules().size(); i++) {
            files.put(moduleFile(i), utf8(pages.module(i)));
        }
        files.put(ASSESSMENT, utf8(pages.assessment()));
        files.put(ScoPages.SCRIPT, ScoPages.resource("sco.js"));
        files.put(ScoPages.STYLES, ScoPages.resource("sco.css"));
        for (AssetDefinition asset : course.assets()) {
            files.put(asset.path(), asset.bytes());
        }
        files.put(MANIFEST, utf8(ScormManifest.write(course, versionNumber, files.keySet())));
        return new Exported(course.id() + "-version-" + versionNumber + "-scorm12.zip", StableZip.zip(files));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
