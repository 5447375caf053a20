package uk.safeguarding.training.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.safeguarding.training.quiz.ItemStatistic.Flag;

class ItemStatisticTest {

    @Test
    void facility_is_the_rounded_percent_right_and_discrimination_the_top_third_minus_the_bottom_third() {
        // 30 answers, 20 right; top third 10 of 10 right, bottom third 2 of 10 right.
        ItemStatistic item = ItemStatistic.of("q", "m", "p", 30, 20, 10, 10, 10, 2);

        assertThat(item.facility()).isEqualTo(67);
        assertThat(item.discrimination()).isEqualTo(0.8);
        assertThat(item.flag()).isEqualTo(Flag.NONE);
    }

    @Test
    void questions_almost_everyone_gets_right_or_wrong_are_flagged_once_enough_have_answered() {
        assertThat(ItemStatistic.of("q", "m", "p", 100, 96, 33, 33, 33, 31).flag()).isEqualTo(Flag.NEARLY_ALL_RIGHT);
        assertThat(ItemStatistic.of("q", "m", "p", 100, 95, 33, 33, 33, 30).flag()).isEqualTo(Flag.NONE);
        assertThat(ItemStatistic.of("q", "m", "p", 100, 19, 33, 10, 33, 2).flag()).isEqualTo(Flag.NEARLY_ALL_WRONG);
        assertThat(ItemStatistic.of("q", "m", "p", 100, 20, 33, 10, 33, 2).flag()).isEqualTo(Flag.NONE);
        assertThat(ItemStatistic.of("q", "m", "p", 19, 19, 6, 6, 6, 6).flag()).isEqualTo(Flag.TOO_FEW_ANSWERS);
    }

    @Test
    void a_question_stronger_learners_get_wrong_more_often_is_flagged() {
        ItemStatistic item = ItemStatistic.of("q", "m", "p", 60, 30, 20, 5, 20, 15);

        assertThat(item.discrimination()).isEqualTo(-0.5);
        assertThat(item.flag()).isEqualTo(Flag.NEGATIVE_DISCRIMINATION);
    }

    @Test
    void without_answers_there_are_no_figures() {
        ItemStatistic item = ItemStatistic.of("q", "m", "p", 0, 0, 0, 0, 0, 0);

        assertThat(item.facility()).isNull();
        assertThat(item.discrimination()).isNull();
    }
}
