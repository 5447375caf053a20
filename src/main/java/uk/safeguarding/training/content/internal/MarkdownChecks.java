package uk.safeguarding.training.content.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

import uk.safeguarding.training.content.internal.SafeHtmlPolicy.Removed;

/**
 * Checks a parsed module body for what the sanitiser would otherwise remove without telling anyone: unsafe raw
 * HTML, links and images with dangerous schemes, images without alt text and images that are not in assets/.
 */
final class MarkdownChecks extends AbstractVisitor {

    private final String file;
    private final int firstLine;
    private final Set<String> assets;
    private final Problems problems;

    /**
     * @param firstLine line of the file on which the parsed text starts, so problems point into the whole file
     * @param assets    paths of the course's files under assets/
     */
    MarkdownChecks(String file, int firstLine, Set<String> assets, Problems problems) {
        this.file = file;
        this.firstLine = firstLine;
        this.assets = assets;
        this.problems = problems;
    }

    void check(Node document) {
        document.accept(this);
    }

    @Override
    public void visit(Link link) {
        String url = link.getDestination();
        Optional<String> scheme = UrlCheck.scheme(url);
        if (scheme.isPresent() && !UrlCheck.LINK_SCHEMES.contains(scheme.get())) {
            problems.add(file, line(link), "unsafe link URL '" + UrlCheck.shorten(url)
                    + "' is not allowed (use http, https, mailto or tel)");
        }
        visitChildren(link);
    }

    @Override
    public void visit(Image image) {
        String url = image.getDestination();
        if (ModulePages.textOf(image).isBlank()) {
            problems.add(file, line(image), "image '" + UrlCheck.shorten(url) + "' has no alt text: describe the"
                    + " picture in the brackets, ![like this](" + UrlCheck.shorten(url) + ")");
        }
        Optional<String> scheme = UrlCheck.scheme(url);
        if (scheme.isPresent() && !scheme.get().equals("http") && !scheme.get().equals("https")) {
            problems.add(file, line(image), "unsafe image URL '" + UrlCheck.shorten(url)
                    + "' is not allowed (use a file in the course's assets/ folder)");
            return;
        }
        if (scheme.isPresent() || url.startsWith("//")) {
            // Agrees with the content security policy (img-src 'self'), which would block the image in the browser.
            problems.add(file, line(image), "image '" + UrlCheck.shorten(url) + "' is on another website: images from"
                    + " other sites are blocked; save it in the course's assets/ folder and write ![alt text](assets/name.png)");
            return;
        }
        String path = url.startsWith("./") ? url.substring(2) : url;
        if (!path.startsWith("assets/") || path.contains("..")) {
            problems.add(file, line(image), "image '" + url + "' must be a file in the course's assets/ folder,"
                    + " written like assets/name.png");
        } else if (!assets.contains(path)) {
            problems.add(file, line(image), "image '" + url + "' not found: there is no file " + path
                    + " in the course folder");
        }
    }

    @Override
    public void visit(HtmlBlock html) {
        checkHtml(html, html.getLiteral());
    }

    @Override
    public void visit(HtmlInline html) {
        checkHtml(html, html.getLiteral());
    }

    private void checkHtml(Node node, String literal) {
        for (Removed removed : SafeHtmlPolicy.removedFrom(literal)) {
            String tag = openingTag(literal, removed.element());
            String what = removed.attribute() == null ? tag : "attribute '" + removed.attribute() + "' in " + tag;
            int at = indexOfIgnoreCase(literal, removed.attribute() == null ? "<" + removed.element()
                    : removed.attribute());
            int extraLines = at < 0 ? 0 : (int) literal.substring(0, at).chars().filter(c -> c == '\n').count();
            problems.add(file, line(node) + extraLines, "unsafe HTML " + what + " is not allowed");
        }
    }

    /** The element's opening tag as written, e.g. {@code <img src=x onerror=alert(1)>}, so the author finds it. */
    private static String openingTag(String literal, String element) {
        int start = indexOfIgnoreCase(literal, "<" + element);
        if (start < 0) {
            return "<" + element + ">";
        }
        int end = literal.indexOf('>', start);
        String tag = end < 0 ? literal.substring(start) : literal.substring(start, end + 1);
        tag = tag.replaceAll("\\s+", " ");
        return tag.length() <= 80 ? tag : tag.substring(0, 77) + "...";
    }

    private static int indexOfIgnoreCase(String text, String part) {
        return text.toLowerCase(Locale.ROOT).indexOf(part.toLowerCase(Locale.ROOT));
    }

    private int line(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + firstLine;
    }
}
