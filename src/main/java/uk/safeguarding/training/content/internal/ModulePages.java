package uk.safeguarding.training.content.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Splits a module body into pages. Page breaks are taken from CommonMark's own parse, not from lines starting
 * with "# ", so a "#" inside a code block or a quote does not start a page by accident.
 */
final class ModulePages {

    /** One page as written, with the lines problems must point at. */
    record Page(String title, int headingLine, List<Located<String>> sourceIds, boolean hasSourcesLine,
                String markdown) {
    }

    private static final Pattern SOURCES_LINE = Pattern.compile("(?i)^\\s*sources\\s*:(.*)$");

    private ModulePages() {
    }

    /**
     * @param document  the parsed body, with source spans
     * @param body      the body text that was parsed
     * @param firstLine line of the file on which the body starts
     */
    static List<Page> split(Node document, String body, int firstLine, String file, Problems problems) {
        String[] lines = body.split("\n", -1);
        List<Heading> headings = new ArrayList<>();
        boolean preambleReported = false;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                headings.add(heading);
            } else if (headings.isEmpty() && !preambleReported && !isComment(node)) {
                // One message is enough: everything up to the first heading is the same mistake.
                problems.add(file, firstLineIndex(node) + firstLine, "only blank lines may come before the first"
                        + " page heading; start each page with a level-1 heading ('# Page title')");
                preambleReported = true;
            }
        }
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            int end = i + 1 < headings.size() ? firstLineIndex(headings.get(i + 1)) : lines.length;
            pages.add(page(headings.get(i), lines, end, firstLine));
        }
        return pages;
    }

    private static Page page(Heading heading, String[] lines, int endExclusive, int firstLine) {
        int headingLast = heading.getSourceSpans().getLast().getLineIndex();
        int next = headingLast + 1;
        Matcher sources = next < endExclusive ? SOURCES_LINE.matcher(lines[next]) : null;
        boolean hasSourcesLine = sources != null && sources.matches();
        List<Located<String>> ids = new ArrayList<>();
        if (hasSourcesLine) {
            for (String id : sources.group(1).split(",")) {
                if (!id.isBlank()) {
                    ids.add(new Located<>(id.strip(), next + firstLine));
                }
            }
        }
        int bodyStart = hasSourcesLine ? next + 1 : next;
        String markdown = trimBlankLines(Arrays.asList(lines).subList(Math.min(bodyStart, endExclusive), endExclusive));
        return new Page(textOf(heading).strip(), firstLineIndex(heading) + firstLine, ids, hasSourcesLine, markdown);
    }

    /** The plain text of a heading or an image's alt text. */
    static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }

    private static boolean isComment(Node node) {
        return node instanceof HtmlBlock html && html.getLiteral().strip().startsWith("<!--");
    }

    private static int firstLineIndex(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().getFirst().getLineIndex();
    }

    private static String trimBlankLines(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return String.join("\n", lines.subList(from, to));
    }
}
