package uk.safeguarding.training.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.training.learning.TrainingStatus.COMPLETED;
import static uk.safeguarding.training.learning.TrainingStatus.DUE_SOON;
import static uk.safeguarding.training.learning.TrainingStatus.EXPIRED;
import static uk.safeguarding.training.learning.TrainingStatus.EXPIRING;
import static uk.safeguarding.training.learning.TrainingStatus.IN_PROGRESS;
import static uk.safeguarding.training.learning.TrainingStatus.NOT_STARTED;
import static uk.safeguarding.training.learning.TrainingStatus.OVERDUE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.settings.ReminderTimings;

class TrainingStatusTest {

    /** A fixed clock: every status here is computed for this day. */
    private final Clock clock = Clock.fixed(Instant.parse("2026-06-15T09:00:00Z"), ZoneId.of("Europe/London"));
    private final LocalDate today = LocalDate.now(clock);

    private TrainingStatus status(LocalDate dueOn, boolean started, LocalDate expiresOn, LocalDate day) {
        return TrainingStatus.of(dueOn, started, expiresOn, day, ReminderTimings.DEFAULTS);
    }

    @Test
    void due_today_is_due_soon_and_due_yesterday_is_overdue() {
        assertThat(status(today, true, null, today)).isEqualTo(DUE_SOON);
        assertThat(status(today.minusDays(1), true, null, today)).isEqualTo(OVERDUE);
    }

    @Test
    void due_soon_is_the_reminder_window_seven_days_by_default_and_eight_is_not() {
        assertThat(status(today.plusDays(7), false, null, today)).isEqualTo(DUE_SOON);
        assertThat(status(today.plusDays(8), false, null, today)).isEqualTo(NOT_STARTED);
        assertThat(status(today.plusDays(8), true, null, today)).isEqualTo(IN_PROGRESS);
        assertThat(status(today.plusDays(14), false, null, today)).as("not the old 14 days").isEqualTo(NOT_STARTED);
    }

    @Test
    void the_windows_follow_the_organisations_reminder_timings() {
        ReminderTimings longer = new ReminderTimings(14, 45, 7);
        assertThat(TrainingStatus.of(today.plusDays(14), false, null, today, longer)).isEqualTo(DUE_SOON);
        assertThat(TrainingStatus.of(today.plusDays(15), false, null, today, longer)).isEqualTo(NOT_STARTED);
        assertThat(TrainingStatus.of(today.minusYears(1), true, today.plusDays(45), today, longer)).isEqualTo(EXPIRING);
        assertThat(TrainingStatus.of(today.minusYears(1), true, today.plusDays(46), today, longer)).isEqualTo(COMPLETED);
    }

    @Test
    void every_day_due_soon_means_exactly_what_the_reminder_window_means() {
        ReminderTimings timings = ReminderTimings.DEFAULTS;
        for (int days = -3; days <= 40; days++) {
            LocalDate due = today.plusDays(days);
            boolean inReminderWindow = !due.isBefore(today) && !due.isAfter(timings.dueSoonUntil(today));
            assertThat(status(due, false, null, today) == DUE_SOON).as("due in %d days", days).isEqualTo(inReminderWindow);
            boolean inExpiryReminderWindow = !due.isBefore(today) && !due.isAfter(timings.expiringUntil(today));
            assertThat(status(today.minusYears(1), true, due, today) == EXPIRING).as("expires in %d days", days)
                    .isEqualTo(inExpiryReminderWindow);
        }
    }

    @Test
    void expiring_in_thirty_days_is_expiring_and_in_thirty_one_is_completed() {
        assertThat(status(today.minusYears(1), true, today.plusDays(30), today)).isEqualTo(EXPIRING);
        assertThat(status(today.minusYears(1), true, today.plusDays(31), today)).isEqualTo(COMPLETED);
    }

    @Test
    void the_expiry_date_is_the_last_valid_day() {
        assertThat(status(today.minusYears(1), true, today, today)).isEqualTo(EXPIRING);
        assertThat(status(today.minusYears(1), true, today.minusDays(1), today)).isEqualTo(EXPIRED);
    }

    @Test
    void a_completion_counts_even_when_the_due_date_has_passed() {
        assertThat(status(today.minusDays(40), true, today.plusMonths(11), today)).isEqualTo(COMPLETED);
        assertThat(COMPLETED.compliant()).isTrue();
        assertThat(EXPIRING.compliant()).isTrue();
        assertThat(OVERDUE.compliant()).isFalse();
    }

    @Test
    void an_update_is_update_required_through_its_due_day_and_overdue_after_it_and_counts_as_compliant_until_then() {
        LocalDate due = today.plusDays(30);
        assertThat(TrainingStatus.of(due, false, null, today, ReminderTimings.DEFAULTS, true))
                .isEqualTo(TrainingStatus.UPDATE_REQUIRED);
        // Never "due soon": an update keeps saying what it is until it is overdue.
        assertThat(TrainingStatus.of(due, true, null, due, ReminderTimings.DEFAULTS, true))
                .isEqualTo(TrainingStatus.UPDATE_REQUIRED);
        assertThat(TrainingStatus.of(due, true, null, due.plusDays(1), ReminderTimings.DEFAULTS, true)).isEqualTo(OVERDUE);
        assertThat(TrainingStatus.of(due, true, today.plusMonths(11), today, ReminderTimings.DEFAULTS, true)).isEqualTo(COMPLETED);
        assertThat(TrainingStatus.UPDATE_REQUIRED.compliant()).isTrue();
        assertThat(OVERDUE.compliant()).isFalse();
    }
}
