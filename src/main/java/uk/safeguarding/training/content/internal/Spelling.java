package uk.safeguarding.training.content.internal;

/** "Did you mean" hints for field names: a typo such as {@code pasMark} is the usual cause of an unknown field. */
final class Spelling {

    private Spelling() {
    }

    /** True when the two words differ by at most two single-character edits (ignoring case). */
    static boolean close(String a, String b) {
        return distance(a.toLowerCase(), b.toLowerCase()) <= 2;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
