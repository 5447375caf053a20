package uk.safeguarding.training.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.training.certificate.CertificateFixture;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.identity.VisibleUnits;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.settings.ReminderTimings;
import uk.safeguarding.training.reporting.ReportFilter;
import uk.safeguarding.training.reporting.ReportRow;
import uk.safeguarding.training.reporting.ReportSort;
import uk.safeguarding.training.reporting.ReportingService;
import uk.safeguarding.training.support.FixtureTest;

/**
 * What the reminder job is told is due agrees, row by row, with the status the report computes in Java from the same
 * records (TrainingStatus.of): over everyone in the application (the job reminds everyone, whichever test made them),
 * and over the units of a manager each test makes ({@link #organisation()}), where someone is in each state the job
 * acts on.
 */
@FixtureTest
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
    @Autowired
    PeopleFixture people;
    @Autowired
    CourseFixture courses;
    @Autowired
    EnrolmentFixture enrolments;
    @Autowired
    CertificateFixture certificates;

    private List<ReportRow> report(UserAccount who) {
        return people.as(who, () -> reporting.page(ReportFilter.everything(), ReportSort.NAME, true, 0, 10_000));
    }

    /**
     * Schools (Northgate under it) with its manager, and a hotel beside it, on a course of the test's own: Uma
     * (Northgate) certified on its first edition and so to update after the second, Maya (Northgate) and Katie (hotel)
     * overdue, Jamal (Northgate) due in three days, Grace (hotel) expiring, Lena (Northgate) not started. Returns the
     * manager.
     */
    private UserAccount organisation() {
        OrganisationUnit schools = people.unit("Schools");
        OrganisationUnit northgate = people.unit("Northgate Primary School", schools);
        OrganisationUnit hotel = people.unit("Quayside Hotel");
        UserAccount manager = people.manager("Manager", schools);
        PublishedCourse edition1 = courses.copyOf(courses.shipped());
        enrolments.completed(people.learner("Uma", northgate), edition1, Instant.now().minus(Duration.ofDays(90)), 87);
        PublishedCourse course = courses.newEdition(edition1, "04-the-law", "A note on what changed.", "Module 4 changed.");
        LocalDate today = LocalDate.now(clock);
        enrolments.assigned(people.learner("Maya", northgate), course, today.minusDays(10));
        enrolments.assigned(people.learner("Katie", hotel), course, today.minusDays(10));
        enrolments.assigned(people.learner("Jamal", northgate), course, today.plusDays(3));
        enrolments.assigned(people.learner("Lena", northgate), course, today.plusDays(30));
        certificates.expiring(people.learner("Grace", hotel), course);
        return manager;
    }

    @Test
    void the_digest_lists_exactly_whom_the_status_rule_calls_overdue_to_update_or_expiring_in_the_managers_units() {
        UserAccount manager = organisation();
        LocalDate today = LocalDate.now(clock);
        ReminderTimings windows = organisation.reminderTimings();
        for (UserAccount reader : List.of(people.administrator(), manager)) {
            VisibleUnits units = reader == manager ? identity.managedSubtreesOf(manager.getId()) : VisibleUnits.everything();
            List<Tuple> expected = report(reader).stream().filter(r -> NEEDS_ATTENTION.contains(r.status()))
                    .map(r -> tuple(r.name(), r.course(), r.status())).toList();
            assertThat(expected).as(reader.getEmail()).isNotEmpty();
            assertThat(deadlines.needingAttention(units, today, windows)).as(reader.getEmail())
                    .extracting(Deadlines.NeedsAttention::name, Deadlines.NeedsAttention::course, Deadlines.NeedsAttention::status)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(deadlines.needingAttention(VisibleUnits.nothing(), today, windows)).isEmpty();
    }

    @Test
    void due_soon_and_overdue_reminders_go_to_whom_the_report_shows_so() {
        organisation();
        LocalDate today = LocalDate.now(clock);
        ReminderTimings windows = organisation.reminderTimings();
        List<ReportRow> rows = report(people.administrator());
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
