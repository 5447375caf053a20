package uk.safeguarding.training.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.course.Courses;
import uk.safeguarding.training.course.QuestionDefinition;

class GradingTest {

    private final QuestionDefinition single = Courses.single("q", "m1", 1);
    private final QuestionDefinition multiple = Courses.multiple("q", "m1", true, false, true, false);

    @Test
    void a_single_answer_question_is_right_only_with_the_correct_option() {
        assertThat(Grading.isCorrect(single, Set.of(1))).isTrue();
        assertThat(Grading.isCorrect(single, Set.of(0))).isFalse();
        assertThat(Grading.isCorrect(single, Set.of())).isFalse();
        assertThat(Grading.isCorrect(single, Set.of(0, 1))).as("a tampered request ticking two radios").isFalse();
    }

    @Test
    void a_multiple_answer_question_needs_every_correct_option_and_no_wrong_one() {
        assertThat(Grading.isCorrect(multiple, Set.of(0, 2))).isTrue();
        assertThat(Grading.isCorrect(multiple, Set.of(0))).as("only some of the correct options").isFalse();
        assertThat(Grading.isCorrect(multiple, Set.of(0, 2, 3))).as("all correct plus a wrong one").isFalse();
        assertThat(Grading.isCorrect(multiple, Set.of(0, 1, 2, 3))).as("ticking everything").isFalse();
        assertThat(Grading.isCorrect(multiple, Set.of())).isFalse();
        assertThat(Grading.isCorrect(multiple, Set.of(0, 2, 9))).as("all correct plus one that is no option").isFalse();
        assertThat(Grading.isCorrect(multiple, Set.of(2, 0))).as("order does not matter").isTrue();
    }

    @Test
    void shown_positions_translate_to_bank_options_and_out_of_range_positions_are_ignored() {
        DrawnQuestion drawn = new DrawnQuestion("q", List.of(2, 0, 3, 1));
        assertThat(Grading.toOriginal(drawn, Set.of(0, 1))).containsExactlyInAnyOrder(2, 0);
        assertThat(Grading.toOriginal(drawn, Set.of(7, -1))).isEmpty();
    }

    @Test
    void the_score_rounds_down_so_a_near_miss_does_not_pass() {
        assertThat(Grading.percent(12, 15)).isEqualTo(80);
        assertThat(Grading.percent(11, 14)).isEqualTo(78);
        assertThat(Grading.passed(Grading.percent(79, 99), 80)).as("79.79% rounds down").isFalse();
        assertThat(Grading.passed(80, 80)).isTrue();
        assertThat(Grading.percent(0, 0)).isZero();
    }
}
