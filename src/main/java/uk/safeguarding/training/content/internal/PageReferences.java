package uk.safeguarding.training.content.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.safeguarding.training.content.AssessmentWarning;
import uk.safeguarding.training.content.AssessmentWarning.Kind;
import uk.safeguarding.training.content.internal.AssessmentQuality.Item;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.PageDefinition;

/**
 * Feedback that sends the learner to a page: "See module 2, Behaviour and mood, and module 5, Act on your concern."
 * Each page named must exist in that module, with that title, or the learner looks for a page that is not there
 * (titles change when pages are rewritten; the feedback is easily forgotten). Titles may contain commas, so they
 * are matched against the module's real titles, longest first, rather than split on commas.
 */
final class PageReferences {

    private static final Pattern SEE_MODULE = Pattern.compile("(?i)\\bsee\\s+module\\s+(\\d+)\\s*,\\s*");
    private static final Pattern NEXT_MODULE = Pattern.compile("(?i)^module\\s+(\\d+)\\s*,\\s*");
    private static final Pattern SEPARATOR = Pattern.compile("^(\\s*,\\s*and\\s+|\\s*,\\s*|\\s+and\\s+|\\s*;\\s*)");

    private PageReferences() {
    }

    static List<AssessmentWarning> check(String file, CourseDefinition course, List<Item> items) {
        List<AssessmentWarning> warnings = new ArrayList<>();
        for (Item item : items) {
            for (int i = 0; i < item.question().options().size(); i++) {
                String feedback = item.question().options().get(i).feedback();
                for (String problem : problems(course, feedback == null ? "" : feedback.replaceAll("\\s+", " "))) {
                    warnings.add(new AssessmentWarning(file, item.lines().feedback(i), Kind.PAGE_REFERENCE,
                            item.label() + ", option " + (i + 1) + ": the feedback " + problem));
                }
            }
        }
        return warnings;
    }

    /** What is wrong with each "See module N, ..." reference in one feedback text. */
    static List<String> problems(CourseDefinition course, String text) {
        List<String> problems = new ArrayList<>();
        Matcher see = SEE_MODULE.matcher(text);
        int from = 0;
        while (see.find(from)) {
            int pos = see.end();
            int moduleNumber = Integer.parseInt(see.group(1));
            while (true) {
                if (moduleNumber < 1 || moduleNumber > course.modules().size()) {
                    problems.add("names module " + moduleNumber + ", but the course has " + course.modules().size()
                            + " modules");
                    break;
                }
                ModuleDefinition module = course.modules().get(moduleNumber - 1);
                String rest = text.substring(pos);
                Optional<String> title = titleAtStart(module, rest);
                if (title.isEmpty()) {
                    problems.add("names '" + unmatched(rest) + "' in module " + moduleNumber + ", which has no page of"
                            + " that title (its pages: " + String.join("; ", module.pages().stream()
                            .map(PageDefinition::title).toList()) + ")");
                    break;
                }
                pos += title.get().length();
                Matcher separator = SEPARATOR.matcher(text.substring(pos));
                if (!separator.find()) {
                    break;
                }
                pos += separator.end();
                Matcher next = NEXT_MODULE.matcher(text.substring(pos));
                if (next.find()) {
                    moduleNumber = Integer.parseInt(next.group(1));
                    pos += next.end();
                }
            }
            from = Math.max(pos, see.end());
            if (from >= text.length()) {
                break;
            }
        }
        return problems;
    }

    private static Optional<String> titleAtStart(ModuleDefinition module, String rest) {
        String lower = rest.toLowerCase(Locale.ROOT);
        return module.pages().stream().map(PageDefinition::title)
                .filter(t -> t != null && !t.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .filter(t -> lower.startsWith(t.toLowerCase(Locale.ROOT)) && endsWord(rest, t.length()))
                .findFirst();
    }

    private static boolean endsWord(String text, int at) {
        return at >= text.length() || !Character.isLetterOrDigit(text.charAt(at));
    }

    /** The name as the author wrote it: up to the next "module N," or the end of the sentence. */
    private static String unmatched(String rest) {
        String name = rest.split("(?i),?\\s+and\\s+module\\s+\\d|,\\s*module\\s+\\d|\\.(\\s|$)", 2)[0];
        return name.strip();
    }
}
