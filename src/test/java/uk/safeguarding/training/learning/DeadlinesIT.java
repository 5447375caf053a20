package uk.safeguarding.training.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.VisibleUnits;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.settings.ReminderTimings;
import uk.safeguarding.training.reporting.ReportFilter;
import uk.safeguarding.training.reporting.ReportRow;
import uk.safeguarding.training.reporting.ReportSort;
import uk.safeguarding.training.reporting.ReportingService;
import uk.safeguarding.training.support.AsUser;

/**
 * What the reminder job is told is due agrees, row by row, with the status the report computes in Java from the same
 * records (TrainingStatus.of), over the demo organisation; manager@demo.test manages Schools and below.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class DeadlinesIT {

    private static final Set<TrainingStatus> NEEDS_ATTENTION = EnumSet.of(TrainingStatus.OVERDUE,
            TrainingStatus.UPDATE_REQUIRED, TrainingStatus.EXPIRING);

    @Autowired
    Deadlines deadlines;
    @Autowired
    ReportingService reporting;
    @Autowired
    IdentityService identity;
    @Autowired
    OrganisationService organisation;
    @Autowired
    Clock clock;

    private List<ReportRow> report(String who) {
        return AsUser.call(identity, who, () -> reporting.page(ReportFilter.everything(), ReportSort.NAME, true, 0, 10_000));
    }

    @Test
    void the_digest_lists_exactly_whom_the_status_rule_calls_overdue_to_update_or_expiring_in_the_managers_units() {
        LocalDate today = LocalDate.now(clock);
        ReminderTimings windows = organisation.reminderTimings();
        for (String reader : List.of("admin@demo.test", "manager@demo.test")) {
            VisibleUnits units = reader.startsWith("admin") ? VisibleUnits.everything()
                    : identity.managedSubtreesOf(identity.findByEmail(reader).orElseThrow().getId());
            List<Tuple> expected = report(reader).stream().filter(r -> NEEDS_ATTENTION.contains(r.status()))
                    .map(r -> tuple(r.name(), r.course(), r.status())).toList();
            assertThat(expected).as(reader).isNotEmpty();
            assertThat(deadlines.needingAttention(units, today, windows)).as(reader)
                    .extracting(Deadlines.NeedsAttention::name, Deadlines.NeedsAttention::course, Deadlines.NeedsAttention::status)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(deadlines.needingAttention(VisibleUnits.nothing(), today, windows)).isEmpty();
    }

    @Test
    void due_soon_and_overdue_reminders_go_to_whom_the_report_shows_so() {
        LocalDate today = LocalDate.now(clock);
        ReminderTimings windows = organisation.reminderTimings();
        List<ReportRow> rows = report("admin@demo.test");
        assertThat(deadlines.dueSoon(today, windows)).extracting(Deadlines.Due::name, Deadlines.Due::course)
                .containsExactlyInAnyOrderElementsOf(rows.stream().filter(r -> r.status() == TrainingStatus.DUE_SOON
                                || r.status() == TrainingStatus.UPDATE_REQUIRED && !r.dueOn().isAfter(windows.dueSoonUntil(today)))
                        .map(r -> tuple(r.name(), r.course())).toList())
                .isNotEmpty();
        assertThat(deadlines.overdue(today, windows)).extracting(Deadlines.Due::name, Deadlines.Due::course)
                .containsExactlyInAnyOrderElementsOf(rows.stream().filter(r -> r.status() == TrainingStatus.OVERDUE
                                && !r.dueOn().isBefore(today.minusYears(Deadlines.OVERDUE_CHASED_FOR_YEARS)))
                        .map(r -> tuple(r.name(), r.course())).toList())
                .isNotEmpty();
        assertThat(deadlines.updatesRequired(today, windows)).extracting(Deadlines.Due::name, Deadlines.Due::course)
                .containsExactlyInAnyOrderElementsOf(rows.stream().filter(r -> r.status() == TrainingStatus.UPDATE_REQUIRED)
                        .map(r -> tuple(r.name(), r.course())).toList());
    }
}
