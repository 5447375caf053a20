package uk.safeguarding.training.reminders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.ActiveProfiles;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.organisation.OrganisationDetails;
import uk.safeguarding.training.organisation.OrganisationService;
import uk.safeguarding.training.organisation.OrganisationSettingsContext;
import uk.safeguarding.training.organisation.ReminderTimings;
import uk.safeguarding.training.reminders.ReminderProperties;
import uk.safeguarding.training.support.AsUser;

/**
 * The day counts in the organisation settings decide who is reminded. Demo state: jamal.lewis is due in 7 days, most
 * learners (ella.green among them) in 30; grace.hughes's certificate expires in about 15 days.
 */
@SpringBootTest(properties = OrganisationSettingsContext.PROPERTY)
@ActiveProfiles({"test", "demo"})
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
    DefaultListableBeanFactory beans;
    @Autowired
    Clock clock;

    @AfterEach
    void defaults() {
        timings(ReminderTimings.DEFAULTS);
    }

    private void timings(ReminderTimings timings) {
        AsUser.run(identity, "admin@demo.test", () -> {
            OrganisationDetails now = organisation.details();
            organisation.update(new OrganisationDetails(now.profile(), now.certificateBaseUrl(), timings));
        });
    }

    /** The job as the scheduler runs it, on a clock fixed at 07:00 of the demo's today. */
    private int runJob() {
        Clock morning = Clock.fixed(LocalDate.now(clock).atTime(7, 0).atZone(UK).toInstant(), UK);
        return new ReminderJob(jdbc, claims, beans.getBeanProvider(JavaMailSender.class), properties, organisation,
                morning).run();
    }

    private int reminders(String email, String kind) {
        return jdbc.queryForObject("select count(*) from reminder_sent r join user_account u on u.id = r.user_id"
                + " where u.email = ? and r.kind = ?", Integer.class, email, kind);
    }

    @Test
    void the_configured_days_before_due_and_before_expiry_change_who_is_reminded() {
        timings(new ReminderTimings(7, 10, 7));
        runJob();
        assertThat(reminders("jamal.lewis@demo.test", "DUE_SOON")).as("due in 7 days, reminded 7 days ahead").isEqualTo(1);
        assertThat(reminders("ella.green@demo.test", "DUE_SOON")).as("due in 30 days").isZero();
        assertThat(reminders("grace.hughes@demo.test", "EXPIRY")).as("expires in about 15 days, told 10 ahead").isZero();

        timings(new ReminderTimings(30, 30, 7));
        runJob();
        assertThat(reminders("ella.green@demo.test", "DUE_SOON")).as("due in 30 days, reminded 30 ahead").isEqualTo(1);
        assertThat(reminders("grace.hughes@demo.test", "EXPIRY")).isEqualTo(1);
        assertThat(reminders("jamal.lewis@demo.test", "DUE_SOON")).as("still only once").isEqualTo(1);
    }
}
