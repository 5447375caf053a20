package uk.safeguarding.training.cluster;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The cluster run ({@code src/test/cluster/run.sh}, or {@code ./mvnw -Pcluster verify} once PostgreSQL and HAProxy
 * are installed): starts the instances and HAProxy, seeds learners, then runs the scenarios and prints
 * {@code name=value unit} figures and {@code check.*} lines. Exits 1 when a check did not hold.
 *
 * <ol>
 *   <li>load: a ladder of N learners through HAProxy, speaking Vaadin's UIDL protocol, arriving over a ramp;</li>
 *   <li>burst: N learners pressing Sign in in the same second;</li>
 *   <li>kill: {@code kill -9} one instance mid-load; its learners sign in again and resume;</li>
 *   <li>rolling restart: drain, stop gracefully, start and re-admit each instance in turn while learners work;</li>
 *   <li>jobs: every job fires on every instance at second 0 of each minute; each effect must happen once.</li>
 * </ol>
 */
public final class ClusterRun {

    private final ClusterSettings settings;
    private final Figures out = new Figures();
    private final ClusterData data;
    private final HttpClient http;
    private int nextLearner = 1;
    private long sessionsOpened;
    private long retentionRunsBefore;

    private ClusterRun(ClusterSettings settings) {
        this.settings = settings;
        this.data = new ClusterData(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword());
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    }

    public static void main(String[] args) throws Exception {
        ClusterSettings settings = ClusterSettings.fromSystemProperties();
        ClusterRun run = new ClusterRun(settings);
        int exit;
        try {
            exit = run.run();
        } catch (Exception e) {
            e.printStackTrace();
            System.out.println("check.cluster_run=FAILED (" + e + ")");
            exit = 2;
        }
        System.exit(exit);
    }

    private int run() throws Exception {
        java.nio.file.Files.createDirectories(settings.work());
        out.text("cluster.note", "the machine is shared: read every latency beside the load average printed with it");
        out.figure("cluster.instances", settings.ports().size(), "instances");
        out.figure("cluster.cpus", Runtime.getRuntime().availableProcessors(), "cpus");
        out.figure("cluster.ramp", settings.rampSeconds(), "s");
        out.figure("cluster.think", settings.thinkMillis(), "ms");
        try (SmtpSink sink = new SmtpSink(settings.smtpPort()); Cluster cluster = new Cluster(settings)) {
            long started = System.nanoTime();
            cluster.startAll();
            out.figure("cluster.start", (System.nanoTime() - started) / 1e9, "s");
            int learners = settings.learnerSteps().stream().mapToInt(Integer::intValue).sum() + settings.killLearners()
                    + settings.rollingLearners() + settings.burstLearners();
            data.seed(learners, settings.jobPeople());
            // Retention claims one run per day: if a minute tick already ran it before the leavers were seeded, today
            // is taken. Give the day back so the next tick runs it, on every instance at the same second.
            try (var db = data.connect(); var statement = db.createStatement()) {
                statement.executeUpdate("delete from retention_run");
            }
            retentionRunsBefore = data.count("select count(*) from audit_entry where action = 'RETENTION_APPLIED'");
            cluster.startHaproxy();
            Map<String, Long> baseline = new java.util.LinkedHashMap<>();
            for (String name : cluster.names()) {
                baseline.put(name, cluster.heapUsedKb(name));
            }
            ladder(cluster, baseline);
            burst();
            kill(cluster);
            rolling(cluster);
            jobs(sink);
        }
        out.loadAverage("cluster.end");
        if (!out.failures().isEmpty()) {
            System.out.println("cluster.result=FAILED: " + String.join("; ", out.failures()));
            return 1;
        }
        System.out.println("cluster.result=every scenario held");
        return 0;
    }

    /**
     * Load at increasing N. Every listed N runs (on a shared machine a noisy moment can make a small N miss while a
     * larger one holds, and the figures of the target N are wanted anyway); the largest N reported is the last one
     * before the first miss. {@code -Dcluster.stopAtFirstMiss=true} stops there instead, to save time.
     */
    private void ladder(Cluster cluster, Map<String, Long> baseline) throws Exception {
        int largest = 0;
        boolean missed = false;
        long[] warmUp = null;
        for (int n : settings.learnerSteps()) {
            String prefix = "load.n" + n;
            Phase phase = phase(n, Math.max(1, n / 20), settings.thinkMillis(), settings.rampSeconds(), () -> { }, null);
            out.loadAverage(prefix);
            phase.stats.print(out, prefix);
            out.figure(prefix + ".peak_active_learners", phase.tally.peakActive.get(), "learners");
            out.figure(prefix + ".sign_ins_turned_away", phase.tally.signInsTurnedAway.get(), "answers");
            out.figure(prefix + ".stopped_at_deadline", phase.tally.stoppedAtDeadline.get(), "learners");
            long used = 0;
            for (String name : cluster.names()) {
                used += cluster.heapUsedKb(name) - baseline.get(name);
            }
            out.figure(prefix + ".sessions_open", sessionsOpened, "sessions");
            out.figure(prefix + ".heap_above_baseline", used, "KB");
            out.figure(prefix + ".heap_per_session", sessionsOpened == 0 ? 0 : (double) used / sessionsOpened, "KB");
            // The first phase also warms caches (parsed course versions, JIT, pools): the cost of a session is
            // what the heap grows per session after it.
            if (warmUp == null) {
                warmUp = new long[] {used, sessionsOpened};
            }
            double perSession = sessionsOpened == warmUp[1] ? 0 : (double) (used - warmUp[0]) / (sessionsOpened - warmUp[1]);
            if (sessionsOpened > warmUp[1]) {
                out.figure(prefix + ".heap_per_additional_session", perSession, "KB");
            }
            double p95 = phase.stats.percentile("page-turn", 95);
            out.check("load_n" + n + "_no_errors", phase.stats.errors() == 0 && phase.tally.failedJourneys.get() == 0,
                    phase.stats.errors() + " error(s), " + phase.tally.failedJourneys.get() + " journey(s) not finished"
                            + examples(phase.tally));
            if (sessionsOpened > warmUp[1]) {
                out.check("load_n" + n + "_heap_per_session_at_most_300KB", perSession <= 300,
                        StepStats.format(perSession) + " KB per session opened after the first phase");
            }
            boolean held = p95 <= 300;
            out.text(prefix + ".page_turn_p95_target", held ? "met (<= 300 ms)" : "missed (> 300 ms)");
            if (!held) {
                missed = true;
                if (Boolean.getBoolean("cluster.stopAtFirstMiss")) {
                    break;
                }
            }
            if (!missed) {
                largest = n;
            }
        }
        out.figure("load.largest_n_with_page_turn_p95_at_most_300ms", largest, "learners");
    }

    /**
     * Everyone presses Sign in in the same second (a deadline announced in an all-staff email): how long the felt
     * sign-in takes, how many are told "try again in a moment" by the instances' password-check bound (decision
     * 0030), and whether page turns of those already in, and the readiness probe, hold meanwhile. Reported, and
     * checked for errors (a "try again" is not an error: it is the answer the bound gives on purpose).
     */
    private void burst() throws Exception {
        int n = settings.burstLearners();
        if (n <= 0) {
            return;
        }
        Phase phase = phase(n, Math.max(1, n / 20), settings.thinkMillis(), 0, () -> { }, null);
        out.loadAverage("burst");
        phase.stats.print(out, "burst");
        out.figure("burst.learners", n, "learners");
        out.figure("burst.peak_active_learners", phase.tally.peakActive.get(), "learners");
        out.figure("burst.sign_ins_turned_away", phase.tally.signInsTurnedAway.get(), "answers");
        out.figure("burst.stopped_at_deadline", phase.tally.stoppedAtDeadline.get(), "learners");
        reportInstances("burst", phase.tally);
        out.check("burst_n" + n + "_no_errors", phase.stats.errors() == 0 && phase.tally.failedJourneys.get() == 0,
                phase.stats.errors() + " error(s), " + phase.tally.failedJourneys.get() + " journey(s) not finished"
                        + examples(phase.tally));
        double p95 = phase.stats.percentile("page-turn", 95);
        out.text("burst.page_turn_p95_target", p95 <= 300 ? "met (<= 300 ms)" : "missed (> 300 ms)");
    }

    /** kill -9 of the first instance once every learner is moving; the others must not notice. */
    private void kill(Cluster cluster) throws Exception {
        String victim = cluster.names().getFirst();
        int n = settings.killLearners();
        AtomicLong killedAt = new AtomicLong();
        Phase[] holder = new Phase[1];
        Phase phase = phase(n, Math.max(1, n / 6), settings.thinkMillis(), 0, () -> {
            await(() -> holder[0] != null && holder[0].stats.step("page-turn").requests.get() >= n, 120);
            killedAt.set(System.nanoTime());
            cluster.kill(victim);
        }, holder);
        out.loadAverage("kill");
        phase.stats.print(out, "kill");
        reportInstances("kill", phase.tally);
        String survivor = cluster.names().get(1);
        long survivorErrors = errors(phase.tally, survivor);
        out.figure("kill.sessions_lost", phase.tally.sessionsLost.get(), "sessions");
        out.figure("kill.stopped_at_deadline", phase.tally.stoppedAtDeadline.get(), "learners");
        out.figure("kill.resumed_on_last_page", phase.tally.resumedOnLastPage.get(), "learners");
        out.figure("kill.resumed_elsewhere", phase.tally.resumedElsewhere.get(), "learners");
        out.check("kill_learners_on_" + survivor + "_saw_no_errors", survivorErrors == 0, survivorErrors + " error(s)" + examples(phase.tally));
        out.check("kill_moved_learners_resumed_on_last_page", phase.tally.sessionsLost.get() > 0
                        && phase.tally.resumedElsewhere.get() == 0 && phase.tally.resumedOnLastPage.get() > 0,
                phase.tally.sessionsLost.get() + " lost, " + phase.tally.resumedOnLastPage.get() + " resumed on their page, "
                        + phase.tally.resumedElsewhere.get() + " elsewhere");
        out.check("kill_every_journey_finished", phase.tally.failedJourneys.get() == 0,
                phase.tally.failedJourneys.get() + " not finished");
        committedOnce("kill", phase);
        cluster.launch(victim);
        cluster.awaitReady(victim);
        await(() -> cluster.upServers() == settings.ports().size(), 60);
    }

    /** Each instance in turn: drain in HAProxy, stop gracefully, start, re-admit; learners keep working. */
    private void rolling(Cluster cluster) throws Exception {
        int n = settings.rollingLearners();
        List<String> restarts = new ArrayList<>();
        Phase phase = phase(n, n, settings.thinkMillis() * 2, 0, () -> {
            for (String name : cluster.names()) {
                Thread.sleep(5_000);
                long t0 = System.nanoTime();
                cluster.drain(name);
                // Drain: no new sessions; give the sessions there a moment, then a graceful stop finishes requests in flight.
                Thread.sleep(3_000);
                boolean clean = cluster.stopGracefully(name);
                cluster.launch(name);
                cluster.awaitReady(name);
                cluster.ready(name);
                await(() -> cluster.upServers() == settings.ports().size(), 60);
                restarts.add(name + (clean ? "" : " (forced)"));
                out.figure("rolling." + name + ".restart", (System.nanoTime() - t0) / 1e9, "s");
            }
        }, null);
        out.loadAverage("rolling");
        phase.stats.print(out, "rolling");
        reportInstances("rolling", phase.tally);
        out.check("rolling_restarted_every_instance_gracefully", restarts.size() == settings.ports().size()
                && restarts.stream().noneMatch(r -> r.contains("forced")), String.join(", ", restarts));
        out.check("rolling_no_errors", phase.stats.errors() == 0 && phase.tally.errorsByInstance.isEmpty(),
                phase.stats.errors() + " error(s)" + examples(phase.tally));
        out.check("rolling_drained_learners_resumed_on_last_page", phase.tally.resumedElsewhere.get() == 0,
                phase.tally.sessionsLost.get() + " lost, " + phase.tally.resumedOnLastPage.get() + " resumed on their page, "
                        + phase.tally.resumedElsewhere.get() + " elsewhere");
        out.figure("rolling.stopped_at_deadline", phase.tally.stoppedAtDeadline.get(), "learners");
        out.check("rolling_no_learner_gave_up", phase.tally.failedJourneys.get() == 0,
                phase.tally.failedJourneys.get() + " gave up after " + "repeated errors or lost sessions");
        committedOnce("rolling", phase);
    }

    /** The jobs fired on every instance each minute through the whole run; each effect must exist exactly once. */
    private void jobs(SmtpSink sink) throws Exception {
        int people = settings.jobPeople();
        // Due-soon reminders, and overdue reminders of the refreshers assigned for the expired certificates.
        long expectedMails = 2L * people;
        await(() -> sink.messages() >= expectedMails
                && data.count("select count(*) from audit_entry where action = 'PERSON_ERASED'") >= people, 150);
        out.figure("jobs.mails", sink.messages(), "mails");
        long twice = sink.byRecipient().values().stream().filter(c -> c.get() > 1).count();
        long dueMailed = sink.byRecipient().keySet().stream().filter(r -> r.startsWith("due-")).count();
        long expiredMailed = sink.byRecipient().keySet().stream().filter(r -> r.startsWith("expired-")).count();
        out.check("jobs_each_reminder_emailed_once", sink.messages() == expectedMails && twice == 0
                        && dueMailed == people && expiredMailed == people,
                sink.messages() + " mails for " + expectedMails + " reminders, " + twice + " people mailed twice");
        long claims = data.count("select count(*) from reminder_sent");
        out.check("jobs_each_reminder_claimed_once", claims == expectedMails, claims + " claims");
        long refreshers = data.count("select count(*) from assignment where reason = 'REFRESHER'");
        long refresherTwice = data.count("select count(*) from (select user_id from assignment where reason = 'REFRESHER' "
                + "group by user_id having count(*) > 1) t");
        out.check("jobs_each_refresher_assigned_once", refreshers == people && refresherTwice == 0,
                refreshers + " refreshers for " + people + " expired certificates");
        long erased = data.count("select count(*) from audit_entry where action = 'PERSON_ERASED'");
        long erasedAccounts = data.count("select count(*) from user_account where email like 'erased-%'");
        long runs = data.count("select count(*) from audit_entry where action = 'RETENTION_APPLIED'") - retentionRunsBefore;
        long runDays = data.count("select count(*) from retention_run");
        out.check("jobs_each_retention_step_once", erased == people && erasedAccounts == people && runs == runDays,
                erased + " erasures audited for " + people + " leavers, " + runs + " retention runs on " + runDays + " day(s)");
    }

    /** Nothing committed twice: one certificate per enrolment, one enrolment per assignment, each submission graded once. */
    private void committedOnce(String prefix, Phase phase) throws Exception {
        long certificatesTwice = data.count("select count(*) from (select enrolment_id from certificate group by enrolment_id "
                + "having count(*) > 1) t");
        long certificatesPerCompletion = data.count("select count(*) from (select user_id, course_id, completed_on from certificate "
                + "group by 1, 2, 3 having count(*) > 1) t");
        long enrolmentsTwice = data.count("select count(*) from (select assignment_id from enrolment group by assignment_id "
                + "having count(*) > 1) t");
        long graded = data.count("select count(*) from attempt a join enrolment e on e.id = a.enrolment_id join user_account u "
                + "on u.id = e.user_id where a.submitted_at is not null and u.email like 'learner-%'");
        long gradedBefore = phase.gradedBefore;
        long gradedNow = graded - gradedBefore;
        out.figure(prefix + ".attempts_graded", gradedNow, "attempts");
        out.figure(prefix + ".submissions_sent", phase.tally.submitAttempts.get(), "double-clicked submissions");
        out.figure(prefix + ".certificates_issued_twice", certificatesTwice + certificatesPerCompletion, "certificates");
        out.check(prefix + "_no_certificate_twice", certificatesTwice == 0 && certificatesPerCompletion == 0, "");
        out.check(prefix + "_no_enrolment_twice", enrolmentsTwice == 0, "");
        out.check(prefix + "_each_submission_graded_once", gradedNow <= phase.tally.submitAttempts.get()
                        && gradedNow >= phase.tally.submitted.get(),
                gradedNow + " graded for " + phase.tally.submitted.get() + " answered and "
                        + phase.tally.submitAttempts.get() + " sent double-clicked submissions");
    }

    private record Phase(StepStats stats, LearnerJourney.Tally tally, long gradedBefore) {
    }

    interface During {
        void run() throws Exception;
    }

    /**
     * Runs {@code learners} journeys on virtual threads, bounded by count and by the phase time. They arrive spread
     * evenly over {@code rampSeconds} (0: all at once); each has the phase time from the start plus the ramp.
     */
    private Phase phase(int learners, int finishers, long think, int rampSeconds, During during, Phase[] holder)
            throws Exception {
        long gradedBefore = data.count("select count(*) from attempt where submitted_at is not null");
        StepStats stats = new StepStats();
        LearnerJourney.Tally tally = new LearnerJourney.Tally();
        Phase phase = new Phase(stats, tally, gradedBefore);
        if (holder != null) {
            holder[0] = phase;
        }
        // The last to arrive get the same phase time as the first.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.phaseSeconds() + rampSeconds);
        String base = "http://127.0.0.1:" + settings.haproxyPort();
        int first = nextLearner;
        nextLearner += learners;
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < learners; i++) {
                int index = first + i;
                boolean finisher = i < finishers;
                long arrival = TimeUnit.SECONDS.toMillis(rampSeconds) * i / learners;
                threads.submit(() -> {
                    Thread.sleep(arrival);
                    new LearnerJourney(new LearnerClient(http, base, stats), ClusterData.learner(index),
                            ClusterData.PASSWORD, finisher, think, deadline, index, tally).run();
                    return null;
                });
            }
            during.run();
            threads.shutdown();
            if (!threads.awaitTermination(settings.phaseSeconds() + rampSeconds + 60L, TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
        }
        stats.end();
        sessionsOpened += tally.signedIn.get();
        return phase;
    }

    private void reportInstances(String prefix, LearnerJourney.Tally tally) {
        tally.errorsByInstance.forEach((instance, count) -> out.figure(prefix + ".errors_on_" + instance, count.get(), "errors"));
        tally.lostByInstance.forEach((instance, count) -> out.figure(prefix + ".sessions_lost_moved_to_" + instance, count.get(), "sessions"));
    }

    private static long errors(LearnerJourney.Tally tally, String instance) {
        AtomicLong count = tally.errorsByInstance.get(instance);
        return count == null ? 0 : count.get();
    }

    private static String examples(LearnerJourney.Tally tally) {
        return tally.examples.isEmpty() ? "" : "; e.g. " + String.join(" | ", tally.examples);
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    /** Waits for a condition, polling; gives up after the timeout (the check that follows then fails). */
    private static void await(Condition condition, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (condition.holds()) {
                return;
            }
            Thread.sleep(250);
        }
    }
}
