package uk.safeguarding.training.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.training.learning.TrainingStatus.COMPLETED;
import static uk.safeguarding.training.learning.TrainingStatus.DUE_SOON;
import static uk.safeguarding.training.learning.TrainingStatus.EXPIRED;
import static uk.safeguarding.training.learning.TrainingStatus.EXPIRING;
import static uk.safeguarding.training.learning.TrainingStatus.IN_PROGRESS;
import static uk.safeguarding.training.learning.TrainingStatus.NOT_STARTED;
import static uk.safeguarding.training.learning.TrainingStatus.OVERDUE;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrainingStatusTest {

    private final LocalDate today = LocalDate.of(2026, 6, 15);

    @Test
    void due_today_is_due_soon_and_due_yesterday_is_overdue() {
        assertThat(TrainingStatus.of(today, true, null, today)).isEqualTo(DUE_SOON);
        assertThat(TrainingStatus.of(today.minusDays(1), true, null, today)).isEqualTo(OVERDUE);
    }

    @Test
    void due_in_fourteen_days_is_due_soon_and_in_fifteen_is_not() {
        assertThat(TrainingStatus.of(today.plusDays(14), false, null, today)).isEqualTo(DUE_SOON);
        assertThat(TrainingStatus.of(today.plusDays(15), false, null, today)).isEqualTo(NOT_STARTED);
        assertThat(TrainingStatus.of(today.plusDays(15), true, null, today)).isEqualTo(IN_PROGRESS);
    }

    @Test
    void expiring_in_thirty_days_is_expiring_and_in_thirty_one_is_completed() {
        assertThat(TrainingStatus.of(today.minusYears(1), true, today.plusDays(30), today)).isEqualTo(EXPIRING);
        assertThat(TrainingStatus.of(today.minusYears(1), true, today.plusDays(31), today)).isEqualTo(COMPLETED);
    }

    @Test
    void the_expiry_date_is_the_last_valid_day() {
        assertThat(TrainingStatus.of(today.minusYears(1), true, today, today)).isEqualTo(EXPIRING);
        assertThat(TrainingStatus.of(today.minusYears(1), true, today.minusDays(1), today)).isEqualTo(EXPIRED);
    }

    @Test
    void a_completion_counts_even_when_the_due_date_has_passed() {
        assertThat(TrainingStatus.of(today.minusDays(40), true, today.plusMonths(11), today)).isEqualTo(COMPLETED);
        assertThat(COMPLETED.compliant()).isTrue();
        assertThat(EXPIRING.compliant()).isTrue();
        assertThat(OVERDUE.compliant()).isFalse();
    }
}
