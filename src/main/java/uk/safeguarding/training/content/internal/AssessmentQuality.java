package uk.safeguarding.training.content.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.safeguarding.training.content.AnswerCues;
import uk.safeguarding.training.content.AssessmentWarning;
import uk.safeguarding.training.content.AssessmentWarning.Kind;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.OptionDefinition;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.course.QuestionType;

/**
 * The assessment-quality report: cues that let a learner score without knowing the answer, and slips that
 * confuse them. Rates are judged per list (the bank, the knowledge checks) because a single question with its
 * longest option correct is fine; a bank where that is the rule teaches learners to pick the longest option.
 * When a rate is too high, each question that contributes to it is listed too, so the author knows what to change.
 */
final class AssessmentQuality {

    /** Below this many questions in a list, a rate says nothing about the list. */
    static final int MIN_QUESTIONS_FOR_RATES = 5;
    /** Issue 12: the correct option may be the longest in at most 35% of single-answer questions. */
    static final int MAX_LONGEST_CORRECT_PERCENT = 35;
    /** How far apart the absolute-word rates of wrong and correct options may be, in percentage points. */
    static final int MAX_ABSOLUTE_GAP_POINTS = 15;

    // The app labels multiple-answer prompts "(choose all that apply)" and shows single answers as radio buttons.
    private static final Pattern INSTRUCTION = Pattern.compile(
            "(?i)\\b(select|choose|tick|pick|mark)\\s+(all|any|every|one|two|three|the\\s+(one|best|correct))\\b[^.?!]*");

    private final String file;
    private final List<AssessmentWarning> warnings = new ArrayList<>();

    private AssessmentQuality(String file) {
        this.file = file;
    }

    static List<AssessmentWarning> check(CourseDefinition course, QuestionBank bank) {
        AssessmentQuality report = new AssessmentQuality(QuestionsYamlReader.FILE);
        List<Item> questions = Item.of("question", bank.questions(), bank.questionLines());
        List<Item> checks = Item.of("knowledge check", bank.knowledgeChecks(), bank.checkLines());
        report.lengthCue("the bank", questions, bank.questionsLine());
        report.lengthCue("the knowledge checks", checks, bank.knowledgeChecksLine());
        report.absoluteWords("the bank", questions, bank.questionsLine());
        report.absoluteWords("the knowledge checks", checks, bank.knowledgeChecksLine());
        report.answerPosition(checks, bank.knowledgeChecksLine());
        List<Item> all = new ArrayList<>(questions);
        all.addAll(checks);
        all.forEach(report::duplicateInstruction);
        report.warnings.addAll(ScenarioNames.check(report.file, course, all));
        report.warnings.addAll(PageReferences.check(report.file, course, all));
        report.warnings.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return List.copyOf(report.warnings);
    }

    /** A question with its label for messages and the lines it was written on. */
    record Item(String label, QuestionDefinition question, QuestionLines lines) {

        static List<Item> of(String kind, List<QuestionDefinition> questions, List<QuestionLines> lines) {
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < questions.size() && i < lines.size(); i++) {
                items.add(new Item(kind + " '" + questions.get(i).id() + "'", questions.get(i), lines.get(i)));
            }
            return items;
        }

        boolean single() {
            return question.type() == QuestionType.SINGLE;
        }
    }

    private void lengthCue(String list, List<Item> items, int listLine) {
        List<Item> singles = items.stream().filter(Item::single).toList();
        List<Item> cued = singles.stream().filter(i -> AnswerCues.isLongestAlone(i.question().options(),
                i.question().correctOptionIndexes().getFirst())).toList();
        if (singles.size() < MIN_QUESTIONS_FOR_RATES || percent(cued.size(), singles.size()) <= MAX_LONGEST_CORRECT_PERCENT) {
            return;
        }
        add(listLine, Kind.LENGTH_CUE, "in " + list + " the correct option is the longest in " + cued.size() + " of "
                + singles.size() + " single-answer questions (" + percent(cued.size(), singles.size()) + "%): picking the"
                + " longest option scores without knowing the answer; keep it to at most " + MAX_LONGEST_CORRECT_PERCENT
                + "% by shortening keys or making distractors as full");
        for (Item item : cued) {
            int correct = item.question().correctOptionIndexes().getFirst();
            add(item.lines().optionText(correct), Kind.LENGTH_CUE, item.label() + ": the correct option is the longest");
        }
    }

    private void absoluteWords(String list, List<Item> items, int listLine) {
        if (items.size() < MIN_QUESTIONS_FOR_RATES) {
            return;
        }
        int wrong = 0;
        int right = 0;
        List<Located<String>> wrongWithAbsolutes = new ArrayList<>();
        List<Located<String>> rightWithAbsolutes = new ArrayList<>();
        for (Item item : items) {
            List<OptionDefinition> options = item.question().options();
            for (int i = 0; i < options.size(); i++) {
                List<String> words = AnswerCues.absoluteWords(options.get(i).text());
                String found = item.label() + ", option " + (i + 1) + ": " + (options.get(i).correct() ? "correct" : "wrong")
                        + " option uses '" + String.join("', '", words) + "'";
                if (options.get(i).correct()) {
                    right++;
                    if (!words.isEmpty()) {
                        rightWithAbsolutes.add(new Located<>(found, item.lines().optionText(i)));
                    }
                } else {
                    wrong++;
                    if (!words.isEmpty()) {
                        wrongWithAbsolutes.add(new Located<>(found, item.lines().optionText(i)));
                    }
                }
            }
        }
        int wrongRate = percent(wrongWithAbsolutes.size(), wrong);
        int rightRate = percent(rightWithAbsolutes.size(), right);
        if (Math.abs(wrongRate - rightRate) <= MAX_ABSOLUTE_GAP_POINTS) {
            return;
        }
        boolean wrongHeavy = wrongRate > rightRate;
        add(listLine, Kind.ABSOLUTE_WORDS, "in " + list + " absolute words (" + String.join(", ", AnswerCues.ABSOLUTE_WORDS)
                + ") are in " + wrongWithAbsolutes.size() + " of " + wrong + " wrong options (" + wrongRate + "%) but "
                + rightWithAbsolutes.size() + " of " + right + " correct options (" + rightRate + "%): learners "
                + (wrongHeavy ? "avoid" : "choose") + " such options without knowing the answer; use them in both alike");
        for (Located<String> option : wrongHeavy ? wrongWithAbsolutes : rightWithAbsolutes) {
            add(option.line(), Kind.ABSOLUTE_WORDS, option.value());
        }
    }

    private void answerPosition(List<Item> checks, int listLine) {
        List<Item> singles = checks.stream().filter(Item::single).toList();
        if (singles.size() < 3) {
            return;
        }
        Map<Integer, Integer> byPosition = new TreeMap<>();
        singles.forEach(i -> byPosition.merge(i.question().correctOptionIndexes().getFirst(), 1, Integer::sum));
        byPosition.entrySet().stream().filter(e -> e.getValue() * 2 > singles.size()).findFirst().ifPresent(e ->
                add(listLine, Kind.ANSWER_POSITION, "the correct option is option " + (e.getKey() + 1) + " in " + e.getValue()
                        + " of " + singles.size() + " single-answer knowledge checks: vary where the key stands, so the"
                        + " file, previews and exports do not teach a position"));
    }

    private void duplicateInstruction(Item item) {
        String prompt = item.question().prompt();
        Matcher matcher = prompt == null ? null : INSTRUCTION.matcher(prompt);
        if (matcher != null && matcher.find()) {
            add(item.lines().prompt(), Kind.DUPLICATE_INSTRUCTION, item.label() + ": the prompt says '"
                    + matcher.group().strip() + "', which the app already shows ("
                    + (item.single() ? "one choice as radio buttons" : "'(choose all that apply)'") + "); remove it");
        }
    }

    private void add(int line, Kind kind, String message) {
        warnings.add(new AssessmentWarning(file, line, kind, message));
    }

    static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }
}
