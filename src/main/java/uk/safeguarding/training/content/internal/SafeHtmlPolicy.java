package uk.safeguarding.training.content.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.owasp.html.AttributePolicy;
import org.owasp.html.ElementPolicy;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one allow-list for course HTML. The renderer uses it to sanitise every page, and the validator uses the
 * same policy to find raw HTML that would be changed, so "valid" and "rendered safely" cannot drift apart.
 */
public final class SafeHtmlPolicy {

    /** What the policy removed: a whole element, or one attribute of an element when {@code attribute} is set. */
    public record Removed(String element, String attribute) {
    }

    // The app's own images only (assets/... or a path on this site): the content security policy (img-src 'self')
    // blocks every other site's, an image from elsewhere would tell that site who reads the course, and other
    // schemes are XSS.
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final AttributePolicy IMAGE_SOURCE = (element, attribute, value) -> {
        String trimmed = value.strip();
        boolean relative = !SCHEME.matcher(trimmed).find() && !trimmed.startsWith("//") && !trimmed.startsWith("\\");
        return relative ? trimmed : null;
    };

    // Pictures must be described for screen-reader users, so an image without alt text is dropped entirely.
    private static final ElementPolicy IMAGE_WITH_ALT = (element, attributes) -> {
        boolean hasAlt = false;
        boolean hasSource = false;
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            hasAlt |= attributes.get(i).equals("alt") && !attributes.get(i + 1).isBlank();
            hasSource |= attributes.get(i).equals("src");
        }
        return hasAlt && hasSource ? element : null;
    };

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "strong", "b", "em", "i", "u", "s", "del", "ins", "sub", "sup",
                    "small", "mark", "abbr", "kbd", "samp", "var", "cite", "q",
                    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
                    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
                    "blockquote", "code", "pre", "a")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+#-]{1,40}")).onElements("code")
            .allowAttributes("align").matching(true, "left", "right", "center").onElements("th", "td")
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("\\d{1,3}")).onElements("th", "td")
            .allowAttributes("title").onElements("a", "img", "abbr")
            .allowAttributes("href").onElements("a")
            .allowElements(IMAGE_WITH_ALT, "img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("src").matching(IMAGE_SOURCE).onElements("img")
            .allowUrlProtocols("http", "https", "mailto", "tel")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private static final HtmlChangeListener<List<Removed>> RECORDER = new HtmlChangeListener<>() {
        @Override
        public void discardedTag(List<Removed> removed, String elementName) {
            removed.add(new Removed(elementName, null));
        }

        @Override
        public void discardedAttributes(List<Removed> removed, String elementName, String... attributeNames) {
            for (String attribute : attributeNames) {
                removed.add(new Removed(elementName, attribute));
            }
        }
    };

    private SafeHtmlPolicy() {
    }

    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /**
     * What sanitising {@code html} would remove. Comments are dropped silently and are not listed: they are
     * never shown, and a comment cannot hide markup from the sanitiser, which parses the way a browser does.
     */
    public static List<Removed> removedFrom(String html) {
        List<Removed> removed = new ArrayList<>();
        POLICY.sanitize(html, RECORDER, removed);
        return removed;
    }
}
