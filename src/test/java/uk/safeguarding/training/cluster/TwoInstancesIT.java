package uk.safeguarding.training.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import uk.safeguarding.training.certificate.Verification;
import uk.safeguarding.training.certificate.VerificationService;
import uk.safeguarding.training.certificate.internal.CertificateExpiry;
import uk.safeguarding.training.dataprotection.RetentionOutcome;
import uk.safeguarding.training.dataprotection.internal.RetentionJob;
import uk.safeguarding.training.persistence.TestPostgres;
import uk.safeguarding.training.persistence.TrainingApplication;
import uk.safeguarding.training.reminders.internal.ReminderJob;

/**
 * Two instances of the application (two Spring contexts, each with its own web server) on one PostgreSQL database:
 * what one instance does, the other must respect. The small, fast half of the cluster run (src/test/cluster/run.sh),
 * part of {@code ./mvnw verify}. Every job runs on both instances at the same moment; sign-in failures and failed
 * certificate look-ups are spread over both instances.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {

    private static final int JOB_PEOPLE = 3;

    private TestPostgres postgres;
    private SmtpSink mail;
    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;
    private ClusterData data;

    @BeforeAll
    void startTwoInstances() throws Exception {
        postgres = TestPostgres.fromEnvironment().requireReachable();
        postgres.recreatePublicSchema();
        mail = new SmtpSink(0);
        Map<String, String> settings = new HashMap<>(postgres.springSettings());
        settings.put("spring.mail.host", "127.0.0.1");
        settings.put("spring.mail.port", Integer.toString(mail.port()));
        // Only the test runs the jobs, on both instances at once.
        settings.put("training.reminders.cron", "-");
        settings.put("training.certificates.expiry-cron", "-");
        settings.put("training.data-protection.retention-cron", "-");
        // Both at once on the empty database, as after a first deployment: one migrates, imports the course and
        // creates the first administrator; the other waits for the migration lock and must start as well.
        try (ExecutorService starts = Executors.newFixedThreadPool(2)) {
            Future<ConfigurableApplicationContext> one = starts.submit(() -> TrainingApplication.start(settings));
            Future<ConfigurableApplicationContext> two = starts.submit(() -> TrainingApplication.start(settings));
            first = one.get();
            second = two.get();
        }
        assertThat(data().count("select count(*) from user_account")).as("one first administrator").isEqualTo(1);
        assertThat(data().count("select count(*) from organisation_unit")).as("one organisation").isEqualTo(1);
        assertThat(data().count("select count(*) from course_version")).as("the course published once").isEqualTo(1);
        data().seed(2, JOB_PEOPLE);
    }

    private ClusterData data() {
        if (data == null) {
            data = new ClusterData(postgres.url(), postgres.user(), postgres.password());
        }
        return data;
    }

    @AfterAll
    void stop() throws Exception {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        if (mail != null) {
            mail.close();
        }
    }

    @Test
    void every_job_started_on_both_instances_at_the_same_moment_takes_effect_once() throws Exception {
        List<Integer> refreshers = onBothAtOnce(instance -> instance.getBean(CertificateExpiry.class).assignRefreshers());
        assertThat(refreshers.stream().mapToInt(Integer::intValue).sum()).as("refreshers assigned by both").isEqualTo(JOB_PEOPLE);
        assertThat(data.count("select count(*) from assignment where reason = 'REFRESHER'")).isEqualTo(JOB_PEOPLE);

        // Due-soon reminders, and overdue reminders for the refreshers just assigned (due on the expiry date).
        List<Integer> reminders = onBothAtOnce(instance -> instance.getBean(ReminderJob.class).run());
        assertThat(reminders.stream().mapToInt(Integer::intValue).sum()).as("reminders sent by both").isEqualTo(2 * JOB_PEOPLE);
        assertThat(mail.messages()).as("emails at the SMTP server").isEqualTo(2 * JOB_PEOPLE);
        assertThat(mail.byRecipient()).hasSize(2 * JOB_PEOPLE)
                .allSatisfy((recipient, count) -> assertThat(count.get()).as("emails to %s", recipient).isEqualTo(1));

        List<Optional<RetentionOutcome>> retention = onBothAtOnce(instance -> instance.getBean(RetentionJob.class).run());
        assertThat(retention.stream().filter(Optional::isPresent).toList()).as("instances that ran retention today")
                .singleElement().satisfies(outcome -> assertThat(outcome.orElseThrow().peopleErased()).isEqualTo(JOB_PEOPLE));
        assertThat(data.count("select count(*) from audit_entry where action = 'PERSON_ERASED'")).isEqualTo(JOB_PEOPLE);

        // And again on both: everything is claimed already.
        assertThat(onBothAtOnce(instance -> instance.getBean(CertificateExpiry.class).assignRefreshers())).containsOnly(0);
        assertThat(onBothAtOnce(instance -> instance.getBean(ReminderJob.class).run())).containsOnly(0);
        assertThat(onBothAtOnce(instance -> instance.getBean(RetentionJob.class).run())).containsOnly(Optional.empty());
        assertThat(mail.messages()).isEqualTo(2 * JOB_PEOPLE);
    }

    @Test
    void failed_sign_ins_on_either_instance_lock_the_email_on_both() throws Exception {
        String email = ClusterData.learner(1);
        signIn(second, email, ClusterData.PASSWORD);
        // Five failures (the documented limit), three on one instance and two on the other: neither has five alone.
        for (int i = 0; i < 5; i++) {
            ConfigurableApplicationContext instance = i % 2 == 0 ? first : second;
            assertThatThrownBy(() -> signIn(instance, email, "not-the-password-" + 1)).isInstanceOf(LearnerClient.UiError.class);
        }
        assertThatThrownBy(() -> signIn(first, email, ClusterData.PASSWORD)).as("locked on the first instance")
                .isInstanceOf(LearnerClient.UiError.class).hasMessageContaining("error");
        assertThatThrownBy(() -> signIn(second, email, ClusterData.PASSWORD)).as("locked on the second instance")
                .isInstanceOf(LearnerClient.UiError.class).hasMessageContaining("error");
        // Someone else is not affected.
        signIn(first, ClusterData.learner(2), ClusterData.PASSWORD);
    }

    @Test
    void failed_certificate_look_ups_from_one_address_on_either_instance_block_it_on_both() {
        String address = "203.0.113.7";
        // Ten failures (the documented limit), five on each instance.
        for (int i = 0; i < 10; i++) {
            ConfigurableApplicationContext instance = i % 2 == 0 ? first : second;
            assertThat(instance.getBean(VerificationService.class).verify("ABCDEFGHJKMNPQRSTUV" + i, address).outcome())
                    .isEqualTo(Verification.Outcome.NOT_FOUND);
        }
        assertThat(first.getBean(VerificationService.class).verify("ABCDEFGHJKMNPQRSTUVW", address).outcome())
                .isEqualTo(Verification.Outcome.TOO_MANY_ATTEMPTS);
        assertThat(second.getBean(VerificationService.class).verify("ABCDEFGHJKMNPQRSTUVW", address).outcome())
                .isEqualTo(Verification.Outcome.TOO_MANY_ATTEMPTS);
        assertThat(second.getBean(VerificationService.class).verify("ABCDEFGHJKMNPQRSTUVW", "203.0.113.8").outcome())
                .as("another address").isEqualTo(Verification.Outcome.NOT_FOUND);
    }

    /** The sign-in form over HTTP, as a browser posts it: throws UiError when it is refused. */
    private static void signIn(ConfigurableApplicationContext instance, String email, String password) throws Exception {
        String base = "http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port");
        try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            new LearnerClient(http, base, new StepStats()).signIn(email, password);
        }
    }

    interface Job<T> {
        T run(ConfigurableApplicationContext instance) throws Exception;
    }

    /** Runs the job on both instances, released at the same moment. */
    private <T> List<T> onBothAtOnce(Job<T> job) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        AtomicInteger ran = new AtomicInteger();
        List<Future<T>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (ConfigurableApplicationContext instance : List.of(first, second)) {
                Callable<T> call = () -> {
                    together.await();
                    ran.incrementAndGet();
                    return job.run(instance);
                };
                results.add(threads.submit(call));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> result : results) {
                out.add(result.get());
            }
            assertThat(ran).hasValue(2);
            return out;
        }
    }
}
