package uk.safeguarding.training.content;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.training.content.QuestionsYamlBuilder.lineOf;
import static uk.safeguarding.training.content.QuestionsYamlBuilder.option;
import static uk.safeguarding.training.content.QuestionsYamlBuilder.right;
import static uk.safeguarding.training.content.QuestionsYamlBuilder.wrong;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.safeguarding.training.content.AssessmentWarning.Kind;

/** Each check of the assessment-quality report, on a bank written for it into a copy of the minimal course. */
class AssessmentQualityTest {

    @TempDir
    Path dir;

    private List<AssessmentWarning> warnings(QuestionsYamlBuilder bank, Kind kind) {
        CourseReadResult result = new CourseFolderReader().read(bank.writeCourse(dir));
        assertThat(result.problems()).as("the fixture bank must be a valid course").isEmpty();
        return result.warnings().stream().filter(w -> w.kind() == kind).toList();
    }

    private static QuestionsYamlBuilder twoNeutralChecks(QuestionsYamlBuilder bank) {
        return bank.check("A pupil seems worried.", "Who do you tell?", wrong("Nobody yet"), right("The lead"))
                .check("It is late on Saturday.", "Who do you call?", right("The duty team"), wrong("The office"));
    }

    @Test
    void theLongestOptionBeingCorrectInMostQuestionsIsWarnedWithTheRateAndEachQuestion() {
        QuestionsYamlBuilder bank = new QuestionsYamlBuilder();
        for (int i = 1; i <= 4; i++) {
            bank.question("The scene " + i + ".", "What next?", wrong("Wait " + i), right("Tell the safeguarding lead today " + i),
                    wrong("Ask " + i));
        }
        bank.question("The scene 5.", "What next?", right("Tell the lead"), wrong("Wait and see for a week or so"));
        twoNeutralChecks(bank);

        List<AssessmentWarning> found = warnings(bank, Kind.LENGTH_CUE);

        String yaml = bank.yaml();
        assertThat(found).first().satisfies(w -> {
            assertThat(w.line()).isEqualTo(1);
            assertThat(w.message()).contains("the correct option is the longest in 4 of 5 single-answer questions (80%)");
        });
        assertThat(found.subList(1, found.size())).extracting(AssessmentWarning::line).containsExactly(
                lineOf(yaml, "today 1"), lineOf(yaml, "today 2"), lineOf(yaml, "today 3"), lineOf(yaml, "today 4"));
        assertThat(found.get(1).toString()).isEqualTo("questions.yaml:" + lineOf(yaml, "today 1")
                + ": warning: question 'q-1': the correct option is the longest [length cue]");
    }

    @Test
    void aBankWhereTheKeyIsRarelyTheLongestHasNoLengthWarning() {
        QuestionsYamlBuilder bank = new QuestionsYamlBuilder();
        for (int i = 1; i <= 4; i++) {
            bank.question("The scene " + i + ".", "What next?", right("Tell the lead " + i), wrong("Wait and see how it goes " + i));
        }
        bank.question("The scene 5.", "What next?", right("Tell the safeguarding lead today"), wrong("Wait"));
        twoNeutralChecks(bank);

        assertThat(warnings(bank, Kind.LENGTH_CUE)).isEmpty();
    }

    @Test
    void absoluteWordsMostlyInWrongOptionsAreWarnedAtEachSuchOption() {
        QuestionsYamlBuilder bank = new QuestionsYamlBuilder();
        for (int i = 1; i <= 5; i++) {
            bank.question("The scene " + i + ".", "What next?", right("Tell the lead " + i),
                    wrong("Never tell anyone " + i), wrong("Ask the child's friends " + i));
        }
        twoNeutralChecks(bank);

        List<AssessmentWarning> found = warnings(bank, Kind.ABSOLUTE_WORDS);

        assertThat(found.getFirst().message()).contains("are in 5 of 10 wrong options (50%) but 0 of 5 correct options (0%)");
        assertThat(found).hasSize(6);
        assertThat(found.get(1).line()).isEqualTo(lineOf(bank.yaml(), "Never tell anyone 1"));
        assertThat(found.get(1).message()).isEqualTo("question 'q-1', option 2: wrong option uses 'never'");
    }

    @Test
    void absoluteWordsUsedAlikeInRightAndWrongOptionsAreNotACue() {
        QuestionsYamlBuilder bank = new QuestionsYamlBuilder();
        for (int i = 1; i <= 5; i++) {
            bank.question("The scene " + i + ".", "What next?", right("Always tell the lead " + i),
                    wrong("Never tell anyone " + i));
        }
        twoNeutralChecks(bank);

        assertThat(warnings(bank, Kind.ABSOLUTE_WORDS)).isEmpty();
    }

    @Test
    void aFictionalNameUsedInTwoScenariosIsWarnedAtTheSecond() {
        QuestionsYamlBuilder bank = new QuestionsYamlBuilder()
                .question("Rosa, 14, is picked up after school by a man in his thirties.", "What next?",
                        right("Tell the lead"), wrong("Wait"))
                .question("Rosa, the hotel manager, asks you about a guest.", "What next?",
                        right("Tell the lead"), wrong("Wait"))
                .question("Kofi, 15, has a new phone he will not explain.", "What next?",
                        right("Tell the lead"), wrong("Wait"));
        twoNeutralChecks(bank);

        List<AssessmentWarning> found = warnings(bank, Kind.REPEATED_NAME);

        assertThat(found).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(lineOf(bank.yaml(), "Rosa, the hotel manager"));
            assertThat(w.message()).isEqualTo("question 'q-2': the name 'Rosa' is also used in question 'q-1' (line "
                    + lineOf(bank.yaml(), "Rosa, 14") + "); give each scenario its own fictional first names");
        });
    }

    @Test
    void aPromptRepeatingTheAppsInstructionIsWarnedAtThePrompt() {
        QuestionsYamlBuilder bank = new QuestionsYamlBuilder()
                .question("The scene 1.", "Which of these are signs? Select all that apply.",
                        right("Unexplained gifts"), right("Going missing"), wrong("Good attendance"))
                .question("The scene 2.", "What should you do first?", right("Tell the lead"), wrong("Wait"));
        twoNeutralChecks(bank);

        List<AssessmentWarning> found = warnings(bank, Kind.DUPLICATE_INSTRUCTION);

        assertThat(found).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(lineOf(bank.yaml(), "Select all that apply"));
            assertThat(w.message()).contains("question 'q-1'", "'Select all that apply'", "(choose all that apply)");
        });
    }

    @Test
    void knowledgeChecksWithTheKeyAlwaysInOnePlaceAreWarned() {
        QuestionsYamlBuilder bank = new QuestionsYamlBuilder()
                .question("The scene 1.", "What next?", right("Tell the lead"), wrong("Wait"))
                .question("The scene 2.", "What next?", right("Tell the lead"), wrong("Wait"))
                .check("The check 1.", "Who?", right("The lead"), wrong("Nobody"))
                .check("The check 2.", "Who?", right("The duty team"), wrong("The office"))
                .check("The check 3.", "Who?", right("The police on 999"), wrong("A neighbour"));

        List<AssessmentWarning> found = warnings(bank, Kind.ANSWER_POSITION);

        assertThat(found).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(lineOf(bank.yaml(), "knowledgeChecks:"));
            assertThat(w.message()).startsWith("the correct option is option 1 in 3 of 3 single-answer knowledge checks");
        });
    }

    @Test
    void knowledgeChecksWithTheKeyInVaryingPlacesAreNotWarned() {
        QuestionsYamlBuilder bank = new QuestionsYamlBuilder()
                .question("The scene 1.", "What next?", right("Tell the lead"), wrong("Wait"))
                .question("The scene 2.", "What next?", right("Tell the lead"), wrong("Wait"))
                .check("The check 1.", "Who?", right("The lead"), wrong("Nobody"))
                .check("The check 2.", "Who?", wrong("The office"), right("The duty team"))
                .check("The check 3.", "Who?", wrong("A neighbour"), wrong("A friend"), right("The police on 999"));

        assertThat(warnings(bank, Kind.ANSWER_POSITION)).isEmpty();
    }

    @Test
    void feedbackNamingAPageThatDoesNotExistIsWarnedAtTheFeedback() {
        QuestionsYamlBuilder bank = new QuestionsYamlBuilder()
                .question("The scene 1.", "What next?",
                        option("Tell the lead", true, "Right. See module 1, Who to tell."),
                        option("Wait", false, "See module 2, Out of hours, and module 1, When the lead is away."))
                .question("The scene 2.", "What next?",
                        option("Tell the lead", true, "Right. See module 1, Who to call."),
                        option("Wait", false, "See module 7, Anything."));
        twoNeutralChecks(bank);

        List<AssessmentWarning> found = warnings(bank, Kind.PAGE_REFERENCE);

        String yaml = bank.yaml();
        assertThat(found).extracting(AssessmentWarning::line)
                .containsExactly(lineOf(yaml, "Who to call"), lineOf(yaml, "module 7"));
        assertThat(found.get(0).message()).isEqualTo("question 'q-2', option 1: the feedback names 'Who to call' in"
                + " module 1, which has no page of that title (its pages: Who to tell; When the lead is away)");
        assertThat(found.get(1).message()).endsWith("names module 7, but the course has 2 modules");
    }

    @Test
    void theMinimalCourseHasNoWarnings() {
        assertThat(new CourseFolderReader().read(CourseFixtures.minimal()).warnings()).isEmpty();
    }
}
