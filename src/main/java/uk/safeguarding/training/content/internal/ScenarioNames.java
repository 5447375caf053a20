package uk.safeguarding.training.content.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.safeguarding.training.content.AssessmentWarning;
import uk.safeguarding.training.content.AssessmentWarning.Kind;
import uk.safeguarding.training.content.internal.AssessmentQuality.Item;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.OptionDefinition;
import uk.safeguarding.training.course.PageDefinition;
import uk.safeguarding.training.course.QuestionDefinition;

/**
 * Fictional first names used in more than one scenario: a learner who met "Priya" as a victim in one question
 * and as a hotel manager in another mixes the two up. There is no list of names to check against, so a name is
 * a capitalised word that the course never writes in lower case ("She", "When" are also "she", "when") and that
 * the module pages do not use (they name laws, places and services: "Sarah's Law", "Snapchat").
 */
final class ScenarioNames {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\b");
    private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "mr", "mrs", "ms", "miss", "dr");

    private ScenarioNames() {
    }

    static List<AssessmentWarning> check(String file, CourseDefinition course, List<Item> items) {
        Set<String> vocabulary = vocabulary(course, items);
        Map<String, Item> firstUse = new LinkedHashMap<>();
        List<AssessmentWarning> warnings = new ArrayList<>();
        for (Item item : items) {
            for (String name : names(item.question().scenario(), vocabulary)) {
                Item first = firstUse.putIfAbsent(name, item);
                if (first != null) {
                    warnings.add(new AssessmentWarning(file, item.lines().scenario(), Kind.REPEATED_NAME, item.label()
                            + ": the name '" + name + "' is also used in " + first.label() + " (line "
                            + first.lines().scenario() + "); give each scenario its own fictional first names"));
                }
            }
        }
        return warnings;
    }

    static Set<String> names(String scenario, Set<String> vocabulary) {
        Set<String> names = new LinkedHashSet<>();
        if (scenario == null) {
            return names;
        }
        Matcher matcher = CAPITALISED.matcher(scenario);
        while (matcher.find()) {
            String word = matcher.group();
            String key = word.toLowerCase(Locale.ROOT);
            if (!vocabulary.contains(key) && !NOT_NAMES.contains(key) && !NOT_NAMES.contains(stripPlural(key))) {
                names.add(word);
            }
        }
        return names;
    }

    /** Lower-case words anywhere in the course, plus every word of the module pages, lower-cased. */
    private static Set<String> vocabulary(CourseDefinition course, List<Item> items) {
        Set<String> words = new HashSet<>();
        for (ModuleDefinition module : course.modules()) {
            addAll(words, module.title(), true);
            for (PageDefinition page : module.pages()) {
                addAll(words, page.title(), true);
                addAll(words, page.markdown(), true);
            }
        }
        for (Item item : items) {
            QuestionDefinition q = item.question();
            addAll(words, q.scenario(), false);
            addAll(words, q.prompt(), false);
            for (OptionDefinition option : q.options()) {
                addAll(words, option.text(), false);
                addAll(words, option.feedback(), false);
            }
        }
        return words;
    }

    private static void addAll(Set<String> words, String text, boolean everyWord) {
        if (text == null) {
            return;
        }
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String word = matcher.group();
            if (everyWord || word.equals(word.toLowerCase(Locale.ROOT))) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
    }

    private static String stripPlural(String word) {
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }
}
