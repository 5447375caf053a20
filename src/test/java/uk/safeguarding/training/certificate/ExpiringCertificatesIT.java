package uk.safeguarding.training.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.settings.ReminderTimings;
import uk.safeguarding.training.support.FixtureTest;

/**
 * The SQL that finds expiring certificates for the reminders says, for every certificate of the application and
 * several windows, what the Java rule says (CertificateStatus.of with CertificateValidity, supersession included). The
 * test adds certificates of every age on a course of its own with two editions, so each case is there whatever else
 * the application holds.
 */
@FixtureTest
class ExpiringCertificatesIT {

    @Autowired
    PeopleFixture people;
    @Autowired
    CourseFixture courses;
    @Autowired
    CertificateFixture issued;

    @Autowired
    ExpiringCertificates expiring;
    @Autowired
    CertificateErasure records;
    @Autowired
    IdentityService identity;
    @Autowired
    Clock clock;

    @Test
    void the_sql_finds_exactly_the_certificates_the_status_rule_calls_expiring() {
        OrganisationUnit unit = people.unit("Certificates of every age");
        PublishedCourse edition1 = courses.copyOf(courses.shipped());
        // On edition 1, then superseded by edition 2: expiring within 30 days, within 10, and valid for longer.
        issued.expiring(people.learner("Grace", unit), edition1);
        issued.completedDaysAgo(people.learner("Gwen", unit), edition1, 360, 85);
        issued.valid(people.learner("Uma", unit), edition1);
        PublishedCourse edition2 = courses.newEdition(edition1, "04-the-law", "A note on what changed.", "Module 4 changed.");
        issued.expiring(people.learner("Hana", unit), edition2);
        issued.valid(people.learner("Farhan", unit), edition2);
        issued.expired(people.learner("Harry", unit), edition2);
        LocalDate today = LocalDate.now(clock);
        int certificates = 0;
        int expiringSomewhere = 0;
        for (ReminderTimings windows : List.of(ReminderTimings.DEFAULTS, new ReminderTimings(7, 10, 7),
                new ReminderTimings(7, ReminderTimings.MAX_DAYS_BEFORE_EXPIRY, 7))) {
            List<Long> byJava = new ArrayList<>();
            certificates = 0;
            for (UserAccount person : identity.allPeopleForStartup()) {
                if (!person.isActive()) {
                    continue; // people who left are not reminded
                }
                for (Certificate c : records.certificatesOf(person.getId())) {
                    certificates++;
                    if (records.statusOf(c, windows) == CertificateStatus.EXPIRING) {
                        byJava.add(c.getId());
                    }
                }
            }
            assertThat(expiring.on(today, windows)).as(windows.toString())
                    .extracting(ExpiringCertificates.Expiring::certificateId).containsExactlyInAnyOrderElementsOf(byJava);
            expiringSomewhere += byJava.size();
        }
        assertThat(certificates).isPositive();
        assertThat(expiringSomewhere).as("certificates expiring within some window").isPositive();
    }
}
