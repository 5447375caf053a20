package uk.safeguarding.training.shared;

/**
 * Text a person typed, searched for literally with SQL {@code like ... escape '\'}: {@code %} and {@code _} are not
 * wildcards, and the backslash is the escape character (the same on H2 and PostgreSQL).
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** The text with {@code \}, {@code %} and {@code _} escaped by a backslash. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A pattern matching any value that contains the text literally. */
    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }
}
