package uk.safeguarding.training.content;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text as a YAML scalar that the course reader reads back exactly. Plain where that is unambiguous (what an author
 * would type by hand), double-quoted otherwise: deciding "plain is safe" conservatively costs only a pair of quotes,
 * while deciding it wrongly would change the text or break the file.
 */
final class YamlScalars {

    /** A plain scalar may start with a letter or digit only: every YAML indicator character is then ruled out. */
    private static final Pattern PLAIN_START = Pattern.compile("^[\\p{L}\\p{N}]");
    /** Could be read as a number, a date or a time by one of YAML's schemas, e.g. 1984, 1e3, 0x1F, 12:30, 2024-01-01. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("^[-+0-9.,_:eExXoObB]+$|^\\d{4}-\\d{1,2}-\\d{1,2}.*$");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null",
            "~", ".inf", ".nan");

    private YamlScalars() {
    }

    /** The scalar for block context ({@code key: value} or {@code - value}); null and blank become {@code ""}. */
    static String block(String text) {
        if (text == null || text.isEmpty()) {
            return "\"\"";
        }
        return plainAllowed(text) ? text : quoted(text);
    }

    /** An item of a flow sequence ({@code [a, b]}), where commas and brackets end a plain scalar. */
    static String flowItem(String text) {
        if (text == null || text.isEmpty()) {
            return "\"\"";
        }
        return plainAllowed(text) && text.chars().noneMatch(c -> ",[]{}".indexOf(c) >= 0) ? text : quoted(text);
    }

    static boolean plainAllowed(String text) {
        if (!PLAIN_START.matcher(text).find() || !text.equals(text.strip())) {
            return false;
        }
        if (text.contains(": ") || text.endsWith(":") || text.contains(" #") || text.contains("\t")) {
            return false;
        }
        if (NUMBER_LIKE.matcher(text).matches() || RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return text.codePoints().allMatch(YamlScalars::printable);
    }

    /** Double-quoted, the one YAML style in which every string, line breaks included, can be written on one line. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (printable(c)) {
                        out.appendCodePoint(c);
                    } else if (c <= 0xFFFF) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.append(String.format("\\U%08X", c));
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    // YAML allows only printable characters raw; line and paragraph separators are line breaks to some parsers.
    private static boolean printable(int c) {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return false;
        }
        if (c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF) {
            return false;
        }
        return !(c >= 0xD800 && c <= 0xDFFF);
    }
}
