package uk.safeguarding.training.content.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which scheme a link or image URL uses, read the lenient way a browser reads it. */
final class UrlCheck {

    static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"), so drop them first.
    private static final Pattern IGNORED = Pattern.compile("[\\x00-\\x20\\x7F]+");

    private UrlCheck() {
    }

    /** The lower-case scheme, or empty for a relative URL such as {@code assets/x.png} or {@code #top}. */
    static Optional<String> scheme(String url) {
        Matcher matcher = SCHEME.matcher(IGNORED.matcher(url).replaceAll(""));
        return matcher.find() ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    static String shorten(String url) {
        return url.length() <= 60 ? url : url.substring(0, 57) + "...";
    }
}
