package uk.safeguarding.training.content;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

import org.commonmark.node.Image;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

import uk.safeguarding.training.content.internal.SafeHtmlPolicy;

/**
 * Turns course text into what a learner sees: page Markdown into sanitised HTML, question text into plain text,
 * both with the organisation's details filled in. Thread-safe.
 */
@Component
public class CourseText {

    /** The seven placeholder names, e.g. {@code organisation.mash_phone}; also the keys of the value maps. */
    public static final Set<String> PLACEHOLDERS = Placeholder.keys();

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().build();

    /**
     * Renders page Markdown to HTML that is safe to insert into the page.
     *
     * @param placeholderValues by placeholder name ({@code organisation.name}); a missing or blank value is shown
     *                          as neutral text such as "[ask your safeguarding lead]", never as braces
     */
    public String toSafeHtml(String markdown, Map<String, String> placeholderValues) {
        return render(renderer, markdown, placeholderValues);
    }

    /**
     * As {@link #toSafeHtml(String, Map)}, with relative image paths ({@code assets/x.png}) mapped to the URL the
     * application serves them from.
     */
    public String toSafeHtml(String markdown, Map<String, String> placeholderValues, UnaryOperator<String> assetUrl) {
        return render(withAssetUrls(assetUrl), markdown, placeholderValues);
    }

    private String render(HtmlRenderer html, String markdown, Map<String, String> placeholderValues) {
        String rendered = html.render(parser.parse(markdown == null ? "" : markdown));
        // Values go in after rendering, HTML-escaped, so a value is always text: Markdown or tags in an
        // organisation's name cannot change the page. The sanitiser still has the last word.
        return SafeHtmlPolicy.sanitize(fill(rendered, placeholderValues, true));
    }

    /** Question, scenario and option text: placeholders filled, nothing interpreted as Markdown or HTML. */
    public String plainText(String text, Map<String, String> values) {
        return text == null ? "" : fill(text, values, false);
    }

    private static String fill(String text, Map<String, String> values, boolean escapeHtml) {
        Matcher matcher = Placeholder.PATTERN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = valueFor(matcher.group(1), values);
            matcher.appendReplacement(out, Matcher.quoteReplacement(escapeHtml ? escape(value) : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String valueFor(String key, Map<String, String> values) {
        Optional<Placeholder> placeholder = Placeholder.byKey(key);
        if (placeholder.isEmpty()) {
            return Placeholder.UNKNOWN_FALLBACK;
        }
        String value = values == null ? null : values.get(key);
        return value == null || value.isBlank() ? placeholder.get().fallback() : value.strip();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private HtmlRenderer withAssetUrls(UnaryOperator<String> assetUrl) {
        AttributeProvider provider = (node, tagName, attributes) -> {
            String src = attributes.get("src");
            if (node instanceof Image && src != null && !src.contains(":") && !src.startsWith("/")) {
                attributes.put("src", assetUrl.apply(src));
            }
        };
        return HtmlRenderer.builder().attributeProviderFactory(context -> provider).build();
    }
}
