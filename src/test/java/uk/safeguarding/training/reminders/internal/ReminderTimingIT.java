package uk.safeguarding.training.reminders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import java.util.List;
import uk.safeguarding.training.certificate.CertificateFixture;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.EnrolmentFixture;
import uk.safeguarding.training.learning.LearningService;
import uk.safeguarding.training.learning.TrainingStatus;
import uk.safeguarding.training.reporting.ReportFilter;
import uk.safeguarding.training.reporting.ReportSort;
import uk.safeguarding.training.reporting.ReportingService;
import uk.safeguarding.training.settings.OrganisationDetails;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.settings.NamedOrganisation;
import uk.safeguarding.training.settings.OrganisationSettingsTest;
import uk.safeguarding.training.settings.ReminderTimings;
import uk.safeguarding.training.reminders.ReminderProperties;
import uk.safeguarding.training.support.AsUser;

/** The day counts in the organisation settings decide who is reminded. */
@OrganisationSettingsTest
class ReminderTimingIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReminderClaims claims;
    @Autowired
    ReminderProperties properties;
    @Autowired
    OrganisationService organisation;
    @Autowired
    IdentityService identity;
    @Autowired
    ReminderMail mail;
    @Autowired
    Clock clock;
    @Autowired
    LearningService learning;
    @Autowired
    ReportingService reporting;
    @Autowired
    uk.safeguarding.training.policy.PolicyService policies;
    @Autowired
    uk.safeguarding.training.learning.Deadlines deadlines;
    @Autowired
    uk.safeguarding.training.certificate.ExpiringCertificates expiringCertificates;

    @Autowired
    PeopleFixture people;
    @Autowired
    CourseFixture courses;
    @Autowired
    EnrolmentFixture enrolments;
    @Autowired
    CertificateFixture issued;

    @BeforeEach
    void named() {
        NamedOrganisation.ensure(organisation, people);
    }

    @AfterEach
    void defaults() {
        timings(ReminderTimings.DEFAULTS);
    }

    private void timings(ReminderTimings timings) {
        people.as(people.administrator(), () -> {
            OrganisationDetails now = organisation.details();
            organisation.update(new OrganisationDetails(now.profile(), now.certificateBaseUrl(), timings));
        });
    }

    /** The job as the scheduler runs it, on a clock fixed at 07:00 of today. */
    private int runJob() {
        Clock morning = Clock.fixed(LocalDate.now(clock).atTime(7, 0).atZone(UK).toInstant(), UK);
        return new ReminderJob(deadlines, expiringCertificates, identity, claims, mail, properties, organisation,
                policies, morning).run();
    }

    private int reminders(String email, String kind) {
        return jdbc.queryForObject("select count(*) from reminder_sent r join user_account u on u.id = r.user_id"
                + " where u.email = ? and r.kind = ?", Integer.class, email, kind);
    }

    @Test
    void the_configured_days_before_due_and_before_expiry_change_who_is_reminded() {
        LocalDate today = LocalDate.now(clock);
        PublishedCourse course = courses.minimal();
        OrganisationUnit unit = people.unit("Reminder timings");
        UserAccount jamal = people.learner("Jamal", unit);
        enrolments.assigned(jamal, course, today.plusDays(7));
        UserAccount ella = people.learner("Ella", unit);
        enrolments.assigned(ella, course, today.plusDays(30));
        UserAccount grace = people.learner("Grace", unit);
        assertThat(issued.expiring(grace, course).getValidUntil())
                .as("completed 350 days ago on a 12-month course: expires in about 15 days")
                .isBetween(today.plusDays(11), today.plusDays(29));

        timings(new ReminderTimings(7, 10, 7));
        runJob();
        assertThat(reminders(jamal.getEmail(), "DUE_SOON")).as("due in 7 days, reminded 7 days ahead").isEqualTo(1);
        assertThat(reminders(ella.getEmail(), "DUE_SOON")).as("due in 30 days").isZero();
        assertThat(reminders(grace.getEmail(), "EXPIRY")).as("expires in about 15 days, told 10 ahead").isZero();
        assertThat(people.asAdministrator(() -> reporting.overview(ReportFilter.everything()).summary()
                .expiringWithinDays())).as("the report's expiring figure is labelled with the same window").isEqualTo(10);

        timings(new ReminderTimings(30, 30, 7));
        runJob();
        assertThat(reminders(ella.getEmail(), "DUE_SOON")).as("due in 30 days, reminded 30 ahead").isEqualTo(1);
        assertThat(reminders(grace.getEmail(), "EXPIRY")).isEqualTo(1);
        assertThat(reminders(jamal.getEmail(), "DUE_SOON")).as("still only once").isEqualTo(1);
    }

    @Test
    void my_training_the_report_and_the_reminders_share_one_due_soon_window() {
        LocalDate today = LocalDate.now(clock);
        PublishedCourse course = courses.minimal();
        OrganisationUnit unit = people.unit("Due soon window");
        UserAccount inSeven = people.learner("Sevenday", unit);
        UserAccount inTen = people.learner("Tenday", unit);
        enrolments.assigned(inSeven, course, today.plusDays(7));
        enrolments.assigned(inTen, course, today.plusDays(10));

        timings(ReminderTimings.DEFAULTS);
        runJob();
        assertThat(seenBy(inSeven)).containsExactly(TrainingStatus.DUE_SOON, TrainingStatus.DUE_SOON);
        assertThat(reminders(inSeven.getEmail(), "DUE_SOON")).isEqualTo(1);
        assertThat(seenBy(inTen)).as("7 days by default: due in 10 is not due soon anywhere")
                .containsExactly(TrainingStatus.NOT_STARTED, TrainingStatus.NOT_STARTED);
        assertThat(reminders(inTen.getEmail(), "DUE_SOON")).isZero();

        timings(new ReminderTimings(14, 30, 7));
        runJob();
        assertThat(seenBy(inTen)).containsExactly(TrainingStatus.DUE_SOON, TrainingStatus.DUE_SOON);
        assertThat(reminders(inTen.getEmail(), "DUE_SOON")).isEqualTo(1);
    }

    /** The status the person sees on My training, then the one their manager sees in the report. */
    private List<TrainingStatus> seenBy(UserAccount person) {
        TrainingStatus mine = AsUser.call(identity, person.getEmail(), () -> learning.myTraining()).getFirst().status();
        TrainingStatus reported = people.asAdministrator(() -> reporting.page(
                ReportFilter.everything().withName(person.getEmail()), ReportSort.NAME, true, 0, 10)).getFirst().status();
        return List.of(mine, reported);
    }
}
