package uk.safeguarding.training.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.safeguarding.training.certificate.CertificateFixture;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.EnrolmentFixture;
import uk.safeguarding.training.reminders.internal.ReminderJob;
import uk.safeguarding.training.support.FixtureTest;

/**
 * Reminders through a real SMTP server in the test (GreenMail). An application of its own (the mail server's
 * address), so the job meets only the people this test makes, and the course's second edition changes no other test.
 */
@FixtureTest
class ReminderIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    /** A free port rather than GreenMail's fixed 3025, which another program on the machine may hold. */
    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    ReminderJob job;
    @Autowired
    NotificationService notifications;
    @Autowired
    PeopleFixture people;
    @Autowired
    CourseFixture courses;
    @Autowired
    EnrolmentFixture enrolments;
    @Autowired
    CertificateFixture certificates;

    @Test
    void each_learner_gets_one_email_per_event_even_when_the_job_runs_twice_and_managers_get_a_digest() throws Exception {
        OrganisationUnit schools = people.unit("Schools");
        OrganisationUnit northgate = people.unit("Northgate Primary School", schools);
        OrganisationUnit riverside = people.unit("Riverside Academy", schools);
        OrganisationUnit hotel = people.unit("Quayside Hotel");
        UserAccount manager = people.manager("Manager", schools);
        UserAccount maya = people.learner("Maya", northgate);
        UserAccount aisha = people.learner("Aisha", northgate);
        UserAccount jamal = people.learner("Jamal", riverside);
        UserAccount uma = people.learner("Uma", riverside);
        UserAccount victor = people.learner("Victor", hotel);
        UserAccount wendy = people.learner("Wendy", hotel);
        UserAccount grace = people.learner("Grace", hotel);
        UserAccount katie = people.learner("Katie", hotel);
        UserAccount liam = people.learner("Liam", hotel);
        PublishedCourse edition1 = courses.shipped();
        for (UserAccount holder : List.of(uma, victor, wendy)) {
            enrolments.completed(holder, edition1, Instant.now().minus(Duration.ofDays(90)), 87);
        }
        PublishedCourse edition2 = courses.newEdition(edition1, "04-the-law", "## What changed in this edition\n\nHuman"
                        + " trafficking is now taught under section 2 of the **Modern Slavery Act 2015**.",
                "Module 4 was corrected: trafficking is now taught under the Modern Slavery Act 2015, because section 59A"
                        + " of the Sexual Offences Act 2003 was repealed in 2015.");
        LocalDate today = LocalDate.now();
        for (UserAccount overdue : List.of(maya, katie, liam)) {
            enrolments.assigned(overdue, edition2, today.minusDays(10));
        }
        enrolments.assigned(jamal, edition2, today.plusDays(7));
        certificates.expiring(grace, edition2);
        certificates.valid(aisha, edition2);
        enrolments.completedUpdate(wendy, edition2);

        int first = job.run();
        int second = job.run();
        assertThat(first).isPositive();
        assertThat(second).isZero();

        List<MimeMessage> mails = Arrays.asList(smtp.getReceivedMessages());
        assertThat(mails).hasSize(first);
        assertThat(to(mails, maya)).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Overdue:"));
        assertThat(to(mails, jamal)).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Reminder:").contains("is due on"));
        assertThat(to(mails, grace)).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains("expires on"));
        assertThat(to(mails, aisha)).as("completed and not expiring").isEmpty();
        assertThat(to(mails, uma)).as("certified on edition 1 of the course").singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Update required:"));
        assertThat(people.as(uma, () -> notifications.unread()))
                .anySatisfy(n -> assertThat(n.getMessage()).contains("Modern Slavery Act 2015"));
        assertThat(to(mails, wendy)).as("did the update: nothing is due")
                .isEmpty();

        MimeMessage digest = to(mails, manager).stream()
                .filter(m -> subject(m).startsWith("Weekly training digest")).findFirst().orElseThrow();
        String body = GreenMailUtil.getBody(digest);
        assertThat(String.valueOf(digest.getContent()).replaceAll("\\s+", " "))
                .contains(uma.getDisplayName() + " (" + riverside.getName() + ")")
                .contains("update required by");
        assertThat(body).contains(maya.getDisplayName()).doesNotContain(katie.getDisplayName())
                .doesNotContain(grace.getDisplayName()).doesNotContain(liam.getDisplayName());

        assertThat(people.as(maya, () -> notifications.unread()))
                .singleElement().satisfies(n -> assertThat(n.getMessage()).contains("overdue"));
    }

    private static List<MimeMessage> to(List<MimeMessage> mails, UserAccount person) {
        return to(mails, person.getEmail());
    }

    private static List<MimeMessage> to(List<MimeMessage> mails, String address) {
        return mails.stream().filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
