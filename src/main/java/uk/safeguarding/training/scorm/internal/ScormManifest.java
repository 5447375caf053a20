package uk.safeguarding.training.scorm.internal;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.scorm.ScormPackage;

/**
 * imsmanifest.xml for SCORM 1.2 (IMS Content Packaging 1.1.2 with the ADL extensions): one organisation, an item
 * and a SCO resource per module, one for the assessment (mastery score = the course's pass mark), and a shared
 * asset resource holding the script, the styles and the course's images.
 */
public final class ScormManifest {

    private static final int MAX_TITLE = 200;
    private static final int MAX_PREREQUISITES = 200;

    private ScormManifest() {
    }

    public static String write(CourseDefinition course, int versionNumber, Collection<String> packageFiles) {
        StringBuilder xml = new StringBuilder(4096);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<manifest identifier=\"course-").append(Xml.escape(course.id())).append("-version-")
                .append(versionNumber).append("\" version=\"").append(versionNumber).append("\"\n")
                .append("          xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\"\n")
                .append("          xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"\n")
                .append("          xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n")
                .append("          xsi:schemaLocation=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd"
                        + " http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd"
                        + " http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd\">\n")
                .append("  <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>1.2</schemaversion>\n  </metadata>\n")
                .append("  <organizations default=\"training\">\n")
                .append("    <organization identifier=\"training\">\n")
                .append("      <title>").append(title(course.title() + " (version " + versionNumber + ")")).append("</title>\n");
        List<String> moduleItems = IntStream.range(0, course.modules().size()).mapToObj(i -> "item-module-" + (i + 1)).toList();
        for (int i = 0; i < course.modules().size(); i++) {
            xml.append("      <item identifier=\"").append(moduleItems.get(i)).append("\" identifierref=\"sco-module-")
                    .append(i + 1).append("\">\n        <title>")
                    .append(title("Module " + (i + 1) + ": " + course.modules().get(i).title())).append("</title>\n      </item>\n");
        }
        xml.append("      <item identifier=\"item-assessment\" identifierref=\"sco-assessment\">\n")
                .append("        <title>Final assessment</title>\n");
        // LMSs that sequence SCORM 1.2 open the assessment only after every module, as this app does; others ignore it.
        String prerequisites = String.join("&", moduleItems);
        if (!moduleItems.isEmpty() && prerequisites.length() <= MAX_PREREQUISITES) {
            xml.append("        <adlcp:prerequisites type=\"aicc_script\">").append(Xml.escape(prerequisites))
                    .append("</adlcp:prerequisites>\n");
        }
        xml.append("        <adlcp:masteryscore>").append(course.passMark()).append("</adlcp:masteryscore>\n")
                .append("      </item>\n    </organization>\n  </organizations>\n  <resources>\n");
        for (int i = 0; i < course.modules().size(); i++) {
            sco(xml, "sco-module-" + (i + 1), ScormPackage.moduleFile(i));
        }
        sco(xml, "sco-assessment", ScormPackage.ASSESSMENT);
        xml.append("    <resource identifier=\"shared\" type=\"webcontent\" adlcp:scormtype=\"asset\">\n");
        xml.append(packageFiles.stream().filter(f -> f.equals(ScoPages.SCRIPT) || f.equals(ScoPages.STYLES)
                        || f.startsWith("assets/")).sorted()
                .map(f -> "      <file href=\"" + Xml.escape(f) + "\"/>\n").collect(Collectors.joining()));
        xml.append("    </resource>\n  </resources>\n</manifest>\n");
        return xml.toString();
    }

    private static void sco(StringBuilder xml, String identifier, String href) {
        xml.append("    <resource identifier=\"").append(identifier)
                .append("\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"").append(href).append("\">\n")
                .append("      <file href=\"").append(href).append("\"/>\n")
                .append("      <dependency identifierref=\"shared\"/>\n    </resource>\n");
    }

    private static String title(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return Xml.escape(oneLine.length() <= MAX_TITLE ? oneLine : oneLine.substring(0, MAX_TITLE - 1) + "…");
    }
}
