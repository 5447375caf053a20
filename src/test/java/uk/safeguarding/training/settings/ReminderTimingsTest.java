package uk.safeguarding.training.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The one owner of the "due soon" and "expiring" windows (docs/decisions/0010): the Java answers and the bounds SQL is
 * given agree on every day around them, on a fixed clock.
 */
class ReminderTimingsTest {

    /** 00:30 in London on 1 July is still 30 June in UTC: "today" is the clock's zone's day. */
    private final Clock clock = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneId.of("Europe/London"));
    private final LocalDate today = LocalDate.now(clock);
    private final ReminderTimings timings = new ReminderTimings(7, 30, 7);

    @Test
    void today_is_the_day_of_the_clocks_zone() {
        assertThat(today).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void due_soon_runs_from_today_to_the_last_day_of_the_window_inclusive() {
        assertThat(timings.dueSoonUntil(today)).isEqualTo(LocalDate.of(2026, 7, 8));
        assertThat(timings.dueSoon(today.minusDays(1), today)).as("yesterday is overdue, not due soon").isFalse();
        assertThat(timings.dueSoon(today, today)).isTrue();
        assertThat(timings.dueSoon(today.plusDays(7), today)).isTrue();
        assertThat(timings.dueSoon(today.plusDays(8), today)).isFalse();
    }

    @Test
    void expiring_runs_from_today_to_the_last_day_of_the_window_inclusive() {
        assertThat(timings.expiringUntil(today)).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(timings.expiring(today.minusDays(1), today)).as("expired yesterday").isFalse();
        assertThat(timings.expiring(today, today)).as("last valid day today").isTrue();
        assertThat(timings.expiring(today.plusDays(30), today)).isTrue();
        assertThat(timings.expiring(today.plusDays(31), today)).isFalse();
    }

    /** SQL is given {@code dueSoonUntil} and {@code expiringUntil} and compares with {@code >= today and <= bound}. */
    @Test
    void the_sql_bounds_say_the_same_as_the_java_answers_on_every_day_around_the_windows() {
        for (ReminderTimings t : new ReminderTimings[] {ReminderTimings.DEFAULTS, timings, new ReminderTimings(1, 1, 1),
                new ReminderTimings(ReminderTimings.MAX_DAYS_BEFORE_DUE, ReminderTimings.MAX_DAYS_BEFORE_EXPIRY, 31)}) {
            for (int offset = -3; offset <= ReminderTimings.MAX_DAYS_BEFORE_EXPIRY + 3; offset++) {
                LocalDate day = today.plusDays(offset);
                boolean sqlDueSoon = !day.isBefore(today) && !day.isAfter(t.dueSoonUntil(today));
                boolean sqlExpiring = !day.isBefore(today) && !day.isAfter(t.expiringUntil(today));
                assertThat(t.dueSoon(day, today)).as(t + " due " + day).isEqualTo(sqlDueSoon);
                assertThat(t.expiring(day, today)).as(t + " expiring " + day).isEqualTo(sqlExpiring);
            }
        }
    }
}
