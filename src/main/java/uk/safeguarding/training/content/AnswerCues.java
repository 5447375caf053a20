package uk.safeguarding.training.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.safeguarding.training.course.OptionDefinition;

/**
 * The surface cues a test-wise learner uses to guess without knowing the answer: the longest option is usually
 * right, and options with absolute words ("never", "always", "only") are usually wrong. The assessment-quality
 * report and the guessing test both ask this class, so they agree on what a cue is.
 */
public final class AnswerCues {

    /** Absolute words, as whole words, any letter case; "no one" is written as two words. */
    public static final List<String> ABSOLUTE_WORDS = List.of("only", "never", "none", "always", "all", "every",
            "everyone", "everybody", "everything", "must", "nobody", "no one", "nothing");

    private static final Pattern ABSOLUTE = Pattern.compile("(?i)\\b(" + String.join("|",
            ABSOLUTE_WORDS.stream().map(w -> w.replace(" ", "\\s+")).toList()) + ")\\b");

    private AnswerCues() {
    }

    /** The absolute words in {@code text}, lower case, in the order they appear. */
    public static List<String> absoluteWords(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher matcher = ABSOLUTE.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1).toLowerCase().replaceAll("\\s+", " "));
        }
        return found;
    }

    public static boolean hasAbsoluteWord(String text) {
        return !absoluteWords(text).isEmpty();
    }

    /** Indexes of the options whose text is longest (several when tied). */
    public static List<Integer> longest(List<OptionDefinition> options) {
        int max = options.stream().mapToInt(AnswerCues::length).max().orElse(0);
        List<Integer> longest = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (length(options.get(i)) == max) {
                longest.add(i);
            }
        }
        return longest;
    }

    /** True when option {@code index} alone is the longest: a learner who picks the longest picks it. */
    public static boolean isLongestAlone(List<OptionDefinition> options, int index) {
        return longest(options).equals(List.of(index));
    }

    private static int length(OptionDefinition option) {
        return option.text() == null ? 0 : option.text().strip().length();
    }
}
