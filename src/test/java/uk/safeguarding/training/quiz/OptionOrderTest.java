package uk.safeguarding.training.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionOrderTest {

    @Test
    void the_order_is_a_permutation_and_the_same_every_time_for_one_learner_and_question() {
        List<Integer> first = OptionOrder.forLearner(42, "kc-what-01", 4).optionOrder();

        assertThat(first).containsExactlyInAnyOrder(0, 1, 2, 3);
        for (int i = 0; i < 20; i++) {
            assertThat(OptionOrder.forLearner(42, "kc-what-01", 4).optionOrder()).isEqualTo(first);
        }
    }

    @Test
    void the_first_bank_option_lands_in_every_position_across_learners_about_equally() {
        Map<Integer, Integer> positionOfFirst = new HashMap<>();
        for (long enrolment = 1; enrolment <= 4000; enrolment++) {
            positionOfFirst.merge(OptionOrder.forLearner(enrolment, "kc-what-01", 4).optionOrder().indexOf(0), 1, Integer::sum);
        }
        // 1000 expected in each; 850 is more than 5 standard deviations below.
        assertThat(positionOfFirst).hasSize(4).allSatisfy((position, count) -> assertThat(count).isGreaterThan(850));
    }

    @Test
    void questions_of_one_learner_get_different_orders() {
        Set<List<Integer>> orders = new HashSet<>();
        for (int q = 1; q <= 30; q++) {
            orders.add(OptionOrder.forLearner(7, "kc-" + q, 4).optionOrder());
        }
        assertThat(orders).hasSizeGreaterThan(10);
    }

    @Test
    void shown_positions_translate_back_to_the_bank_options() {
        DrawnQuestion shown = OptionOrder.forLearner(3, "kc-law-02", 3);
        int shownPositionOfOption2 = shown.optionOrder().indexOf(2);

        assertThat(Grading.toOriginal(shown, Set.of(shownPositionOfOption2))).containsExactly(2);
    }
}
