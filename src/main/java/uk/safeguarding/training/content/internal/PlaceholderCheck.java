package uk.safeguarding.training.content.internal;

import java.util.regex.Matcher;
import java.util.stream.Collectors;

import uk.safeguarding.training.content.Placeholder;

/**
 * Only the seven documented placeholders exist. Anything else in double braces would be shown to learners as
 * a gap, so it is caught here, together with an opening "{{" that is never closed.
 */
final class PlaceholderCheck {

    private static final String KNOWN = Placeholder.keys().stream().map(k -> "{{" + k + "}}")
            .collect(Collectors.joining(", "));

    private PlaceholderCheck() {
    }

    /** Checks every line of {@code text}, whose first line is line {@code firstLine} of {@code file}. */
    static void check(String file, String text, int firstLine, Problems problems) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = Placeholder.PATTERN.matcher(lines[i]);
            while (matcher.find()) {
                if (Placeholder.byKey(matcher.group(1)).isEmpty()) {
                    problems.add(file, firstLine + i, "unknown placeholder '" + matcher.group()
                            + "' (known: " + KNOWN + ")");
                }
            }
            if (matcher.replaceAll("").contains("{{")) {
                problems.add(file, firstLine + i, "placeholder opened with '{{' is not closed with '}}' on the"
                        + " same line");
            }
        }
    }
}
