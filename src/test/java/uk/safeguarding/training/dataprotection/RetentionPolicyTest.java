package uk.safeguarding.training.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    @Test
    void periods_inside_the_bounds_are_accepted_and_each_field_outside_them_is_named() {
        assertThat(RetentionPolicy.problems(1, 1)).isEmpty();
        assertThat(RetentionPolicy.problems(100, 1200)).isEmpty();
        assertThat(RetentionPolicy.problems(0, 12)).singleElement().asString().startsWith("Keep training records");
        assertThat(RetentionPolicy.problems(101, 12)).singleElement().asString().contains("from 1 to 100");
        assertThat(RetentionPolicy.problems(6, 0)).singleElement().asString().startsWith("Keep quiz answers");
        assertThat(RetentionPolicy.problems(null, null)).hasSize(2);
    }
}
