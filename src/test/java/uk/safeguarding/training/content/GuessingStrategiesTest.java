package uk.safeguarding.training.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import uk.safeguarding.training.course.OptionDefinition;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.course.QuestionType;

/**
 * An assessment that can be passed by reading the options' form rather than by knowing the answers measures
 * nothing. The shipped bank is read through the course-file reader (docs/course-format.md), so the test follows
 * the bank as it is rewritten, whatever its questions are called.
 */
class GuessingStrategiesTest {

    private static final double LIMIT = 0.50;

    @Test
    void neitherTestWiseStrategyScoresHalfOfTheShippedBank() {
        CourseReadResult result = new CourseFolderReader().read(Path.of("courses/cse-awareness"));
        assertThat(result.problems()).as("courses/cse-awareness must be valid first").isEmpty();
        List<QuestionDefinition> bank = result.course().questions();

        double longest = TestWiseGuessing.score(bank, TestWiseGuessing::pickTheLongest);
        double avoidAbsolutes = TestWiseGuessing.score(bank, TestWiseGuessing::avoidAbsolutesThenPickTheLongest);

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(longest).as("expected score of picking the longest option over the %d questions of the bank"
                + " (see the length-cue warnings of the course validator)", bank.size()).isLessThan(LIMIT);
            softly.assertThat(avoidAbsolutes).as("expected score of avoiding absolute words, then picking the longest option,"
                + " over the %d questions of the bank (see the absolute-word warnings)", bank.size()).isLessThan(LIMIT);
        });
    }

    @Test
    void theStrategiesScoreWhatATestWiseLearnerWould() {
        QuestionDefinition longestRight = single(option("Tell the safeguarding lead today", true),
                option("Wait", false), option("Ask", false));
        QuestionDefinition absoluteWrong = single(option("Never tell anyone about what you saw", false),
                option("Tell the lead", true), option("Wait", false));
        QuestionDefinition tie = single(option("Abcd", true), option("Efgh", false));
        QuestionDefinition several = new QuestionDefinition("m", "mod", "src", QuestionType.MULTIPLE, "s", "p", List.of(
                option("Unexplained gifts and money", true), option("Going missing overnight", true),
                option("Always on time", false)));

        assertThat(TestWiseGuessing.pickTheLongest(longestRight)).isEqualTo(1.0);
        assertThat(TestWiseGuessing.pickTheLongest(absoluteWrong)).isZero();
        assertThat(TestWiseGuessing.avoidAbsolutesThenPickTheLongest(absoluteWrong)).isEqualTo(1.0);
        assertThat(TestWiseGuessing.pickTheLongest(tie)).isEqualTo(0.5);
        assertThat(TestWiseGuessing.pickTheLongest(several)).isEqualTo(1.0);
        assertThat(TestWiseGuessing.avoidAbsolutesThenPickTheLongest(several)).isEqualTo(1.0);
        assertThat(TestWiseGuessing.score(List.of(longestRight, absoluteWrong), TestWiseGuessing::pickTheLongest))
                .isCloseTo(0.5, within(1e-9));
    }

    private static QuestionDefinition single(OptionDefinition... options) {
        return new QuestionDefinition("q", "mod", "src", QuestionType.SINGLE, "s", "p", List.of(options));
    }

    private static OptionDefinition option(String text, boolean correct) {
        return new OptionDefinition(text, correct, "f");
    }
}
