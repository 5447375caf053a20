package uk.safeguarding.training.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.reminders.internal.ReminderJob;
import uk.safeguarding.training.support.AsUser;

/** Reminders through a real SMTP server in the test (GreenMail), against the demo organisation. */
@SpringBootTest(properties = "spring.mail.host=localhost")
@ActiveProfiles({"test", "demo"})
class ReminderIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    /** A free port rather than GreenMail's fixed 3025, which another program on the machine may hold. */
    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    ReminderJob job;
    @Autowired
    IdentityService identity;
    @Autowired
    NotificationService notifications;

    @Test
    void each_learner_gets_one_email_per_event_even_when_the_job_runs_twice_and_managers_get_a_digest() throws Exception {
        int first = job.run();
        int second = job.run();
        assertThat(first).isPositive();
        assertThat(second).isZero();

        List<MimeMessage> mails = Arrays.asList(smtp.getReceivedMessages());
        assertThat(mails).hasSize(first);
        assertThat(to(mails, "maya.owen@demo.test")).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Overdue:"));
        assertThat(to(mails, "jamal.lewis@demo.test")).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Reminder:").contains("is due on"));
        assertThat(to(mails, "grace.hughes@demo.test")).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains("expires on"));
        assertThat(to(mails, "aisha.khan@demo.test")).as("completed and not expiring").isEmpty();
        assertThat(to(mails, "uma.begum@demo.test")).as("certified on edition 1 of the demo course").singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Update required:"));
        assertThat(AsUser.call(identity, "uma.begum@demo.test", () -> notifications.unread()))
                .anySatisfy(n -> assertThat(n.getMessage()).contains("Modern Slavery Act 2015"));
        assertThat(to(mails, "wendy.price@demo.test")).as("did the update: nothing is due")
                .isEmpty();

        MimeMessage digest = to(mails, "manager@demo.test").stream()
                .filter(m -> subject(m).startsWith("Weekly training digest")).findFirst().orElseThrow();
        String body = GreenMailUtil.getBody(digest);
        assertThat(String.valueOf(digest.getContent()).replaceAll("\\s+", " ")).contains("Uma Begum (Riverside Academy)")
                .contains("update required by");
        assertThat(body).contains("Maya Owen").doesNotContain("Katie Morgan").doesNotContain("Grace Hughes")
                .doesNotContain("Liam Nolan");

        assertThat(AsUser.call(identity, "maya.owen@demo.test", () -> notifications.unread()))
                .singleElement().satisfies(n -> assertThat(n.getMessage()).contains("overdue"));
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
