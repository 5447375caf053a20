package uk.safeguarding.training.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.settings.ReminderTimings;
import uk.safeguarding.training.policy.PolicyStanding.Acknowledgement;
import uk.safeguarding.training.policy.PolicyStanding.Line;
import uk.safeguarding.training.policy.PolicyStanding.Published;
import uk.safeguarding.training.policy.PolicyStanding.Requirement;

/** The one policy rule at its boundaries: which version is in force, when it is due, when it counts as acknowledged. */
class PolicyStandingTest {

    /** The zone of the application's clock (shared.TimeConfiguration). */
    private static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");

    private static final ReminderTimings WINDOWS = ReminderTimings.DEFAULTS; // due soon: 7 days
    private static final LocalDate JAN_10 = LocalDate.of(2026, 1, 10);
    private static final Published V1 = new Published(1, "Safeguarding policy", 11, 1, "a".repeat(64), at(2026, 1, 1, 9));
    private static final Published V2 = new Published(1, "Safeguarding policy", 12, 2, "b".repeat(64), at(2026, 3, 1, 9));
    private static final Requirement SCHOOLS_14_DAYS = new Requirement(1, "/1/2/", 14, at(2026, 1, 2, 12));

    private static Instant at(int y, int m, int d, int hour) {
        return LocalDate.of(y, m, d).atTime(hour, 0).atZone(LONDON).toInstant();
    }

    private static List<Line> on(LocalDate day, String unitPath, List<Acknowledgement> acks) {
        return PolicyStanding.linesOn(day, unitPath, LocalDate.of(2020, 1, 1), List.of(V1, V2), List.of(SCHOOLS_14_DAYS),
                acks, WINDOWS, LONDON);
    }

    @Test
    void required_below_the_assigned_unit_and_not_elsewhere() {
        assertThat(on(JAN_10, "/1/2/7/", List.of())).singleElement().satisfies(l -> {
            assertThat(l.versionNumber()).isEqualTo(1);
            assertThat(l.dueOn()).as("14 days after the assignment, the latest start").isEqualTo(LocalDate.of(2026, 1, 16));
            assertThat(l.status()).isEqualTo(PolicyStatus.DUE_SOON);
        });
        assertThat(on(JAN_10, "/1/3/", List.of())).isEmpty();
    }

    @Test
    void not_required_before_the_assignment_day_ends_and_overdue_the_day_after_it_is_due() {
        assertThat(on(LocalDate.of(2026, 1, 1), "/1/2/", List.of())).isEmpty();
        assertThat(on(LocalDate.of(2026, 1, 2), "/1/2/", List.of())).singleElement()
                .extracting(Line::status).isEqualTo(PolicyStatus.TO_READ);
        assertThat(on(LocalDate.of(2026, 1, 16), "/1/2/", List.of())).singleElement()
                .extracting(Line::status).isEqualTo(PolicyStatus.DUE_SOON);
        assertThat(on(LocalDate.of(2026, 1, 17), "/1/2/", List.of())).singleElement()
                .extracting(Line::status).isEqualTo(PolicyStatus.OVERDUE);
    }

    @Test
    void a_late_joiner_gets_the_days_from_joining() {
        List<Line> lines = PolicyStanding.linesOn(LocalDate.of(2026, 2, 1), "/1/2/", LocalDate.of(2026, 2, 1), List.of(V1),
                List.of(SCHOOLS_14_DAYS), List.of(), WINDOWS, LONDON);
        assertThat(lines).singleElement().extracting(Line::dueOn).isEqualTo(LocalDate.of(2026, 2, 15));
    }

    @Test
    void an_acknowledgement_counts_from_the_moment_it_was_made_and_only_for_its_version() {
        Acknowledgement ackV1 = new Acknowledgement(1, 11, 1, V1.contentHash(), at(2026, 1, 12, 23));
        assertThat(on(LocalDate.of(2026, 1, 11), "/1/2/", List.of(ackV1))).singleElement()
                .extracting(Line::status).isNotEqualTo(PolicyStatus.ACKNOWLEDGED);
        assertThat(on(LocalDate.of(2026, 1, 12), "/1/2/", List.of(ackV1))).singleElement().satisfies(l -> {
            assertThat(l.status()).isEqualTo(PolicyStatus.ACKNOWLEDGED);
            assertThat(l.acknowledgedAt()).isEqualTo(ackV1.at());
        });
        // Version 2 is published on 1 March: everyone is asked again, due 14 days later.
        assertThat(on(LocalDate.of(2026, 3, 1), "/1/2/", List.of(ackV1))).singleElement().satisfies(l -> {
            assertThat(l.versionNumber()).isEqualTo(2);
            assertThat(l.status()).isEqualTo(PolicyStatus.TO_READ);
            assertThat(l.dueOn()).isEqualTo(LocalDate.of(2026, 3, 15));
            assertThat(l.earlierVersionAcknowledged()).isEqualTo(1);
        });
        assertThat(on(LocalDate.of(2026, 2, 28), "/1/2/", List.of(ackV1))).singleElement()
                .extracting(Line::status).as("the day before version 2").isEqualTo(PolicyStatus.ACKNOWLEDGED);
    }

    @Test
    void with_two_assignments_the_earlier_due_date_applies() {
        Requirement whole = new Requirement(1, "/1/", 7, at(2026, 1, 2, 12));
        List<Line> lines = PolicyStanding.linesOn(JAN_10, "/1/2/", LocalDate.of(2020, 1, 1), List.of(V1),
                List.of(SCHOOLS_14_DAYS, whole), List.of(), WINDOWS, LONDON);
        assertThat(lines).singleElement().extracting(Line::dueOn).isEqualTo(LocalDate.of(2026, 1, 9));
    }

    @Test
    void the_end_of_a_day_is_midnight_in_london_also_in_summer_time() {
        assertThat(PolicyStanding.endOf(LocalDate.of(2026, 7, 1), LONDON)).isEqualTo(Instant.parse("2026-07-01T23:00:00Z"));
        assertThat(PolicyStanding.endOf(LocalDate.of(2026, 12, 1), LONDON)).isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
    }
}
