package uk.safeguarding.training.cluster;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * What one simulated learner does: signs in, opens My training, starts or continues the course, turns every page
 * of the module, answers its knowledge check, and (a "finisher") goes on through every module to submit the
 * final assessment. When the session is lost (its instance was killed or drained) the learner signs in again,
 * continues from My training and checks that the course resumes on the last page the server showed.
 */
final class LearnerJourney {

    /** What all learners of one run saw, for the checks. */
    static final class Tally {
        final AtomicLong finished = new AtomicLong();
        final AtomicLong sessionsLost = new AtomicLong();
        final AtomicLong resumedOnLastPage = new AtomicLong();
        final AtomicLong resumedElsewhere = new AtomicLong();
        final AtomicLong submitted = new AtomicLong();
        final AtomicLong submitAttempts = new AtomicLong();
        final AtomicLong signedIn = new AtomicLong();
        final AtomicLong failedJourneys = new AtomicLong();
        /** Sign-ins the instance turned away unchecked ("try again in a moment"), each followed by a retry. */
        final AtomicLong signInsTurnedAway = new AtomicLong();
        /** Journeys under way at once, and the most at any moment (with a ramp, fewer than the phase's learners). */
        final java.util.concurrent.atomic.AtomicInteger active = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger peakActive = new java.util.concurrent.atomic.AtomicInteger();
        /** Learners still working when the phase's time ran out: not an error, but the phase was too short or slow. */
        final AtomicLong stoppedAtDeadline = new AtomicLong();
        final java.util.Map<String, AtomicLong> errorsByInstance = new java.util.concurrent.ConcurrentHashMap<>();
        final java.util.Map<String, AtomicLong> lostByInstance = new java.util.concurrent.ConcurrentHashMap<>();
        final java.util.Queue<String> examples = new java.util.concurrent.ConcurrentLinkedQueue<>();

        void errorOn(String instance, String message) {
            errorsByInstance.computeIfAbsent(instance, i -> new AtomicLong()).incrementAndGet();
            if (examples.size() < 5) {
                examples.add(instance + ": " + message);
            }
        }
    }

    private static final int MAX_ACTIONS = 400;
    /** A person told "try again in a moment" tries again after a few seconds, and keeps trying for a while. */
    private static final int MAX_SIGN_IN_TRIES = 20;
    private static final long RETRY_PAUSE_MILLIS = 4_000;
    private static final int MAX_SESSIONS = 4;

    private final LearnerClient client;
    private final String email;
    private final String password;
    private final boolean finisher;
    private final long thinkMillis;
    private final long deadline;
    private final Random random;
    private final Tally tally;
    private int[] lastShown;
    private boolean checkAnswered;
    private boolean stopped;

    LearnerJourney(LearnerClient client, String email, String password, boolean finisher, long thinkMillis,
                   long deadlineNanos, long seed, Tally tally) {
        this.client = client;
        this.email = email;
        this.password = password;
        this.finisher = finisher;
        this.thinkMillis = thinkMillis;
        this.deadline = deadlineNanos;
        this.random = new Random(seed);
        this.tally = tally;
    }

    void run() {
        tally.peakActive.accumulateAndGet(tally.active.incrementAndGet(), Math::max);
        try {
            sessions();
        } finally {
            tally.active.decrementAndGet();
        }
    }

    private void sessions() {
        for (int session = 0; session < MAX_SESSIONS && System.nanoTime() < deadline; session++) {
            String instance = client.instance();
            try {
                session(session > 0);
                (stopped ? tally.stoppedAtDeadline : tally.finished).incrementAndGet();
                return;
            } catch (LearnerClient.SessionLost lost) {
                tally.sessionsLost.incrementAndGet();
                tally.lostByInstance.computeIfAbsent(client.instance(), i -> new AtomicLong()).incrementAndGet();
            } catch (LearnerClient.UiError error) {
                // Counted against the instance the learner was on when it failed.
                tally.errorOn(instance.equals("?") ? client.instance() : instance, error.getMessage());
            } catch (RuntimeException unexpected) {
                tally.errorOn(client.instance(), unexpected.toString());
            }
        }
        (System.nanoTime() >= deadline ? tally.stoppedAtDeadline : tally.failedJourneys).incrementAndGet();
    }

    private void session(boolean resuming) throws LearnerClient.SessionLost, LearnerClient.UiError {
        signIn();
        tally.signedIn.incrementAndGet();
        client.load("my-training", "my-training");
        think();
        String open = client.tree().attached().stream().filter(n -> n.listeners.contains("click"))
                .map(n -> client.tree().text(n))
                .filter(t -> t.equals("Start course") || t.equals("Continue") || t.equals("Review course"))
                .findFirst().orElse("Start course");
        client.click(open, "open-course");
        if (resuming && lastShown != null) {
            // Saved on every page shown: the learner is back on the last page the server showed, or on the next one
            // when the page turn in flight at the moment of the failure was saved before its answer was lost.
            int[] now = client.position().orElse(null);
            boolean same = now != null && now[0] == lastShown[0] && (now[1] == lastShown[1] || now[1] == lastShown[1] + 1);
            (same || now == null && checkAnswered ? tally.resumedOnLastPage : tally.resumedElsewhere).incrementAndGet();
        }
        for (int action = 0; action < MAX_ACTIONS && System.nanoTime() < deadline; action++) {
            UiTree tree = client.tree();
            var position = client.position();
            if (position.isPresent()) {
                lastShown = position.get();
            }
            if (tree.clickable("Submit answers").isPresent()) {
                answerAll("assessment-answer");
                think();
                var submit = tree.clickable("Submit answers").orElseThrow();
                // A double click that reaches the server twice: it must grade once.
                tally.submitAttempts.incrementAndGet();
                client.timed("assessment-submit", List.of(LearnerClient.event(submit.id, "click", LearnerClient.clickData()),
                        LearnerClient.event(submit.id, "click", LearnerClient.clickData())));
                tally.submitted.incrementAndGet();
                return;
            }
            if (tree.clickable("Start the assessment").isPresent() || tree.clickable("Continue your attempt").isPresent()) {
                client.click(tree.clickable("Start the assessment").isPresent() ? "Start the assessment" : "Continue your attempt",
                        "assessment-open");
                continue;
            }
            if (tree.clickable("Check my answer").isPresent()) {
                answerAll("check-answer");
                checkAnswered = true;
                continue;
            }
            if (!finisher && checkAnswered) {
                return;
            }
            think();
            if (tree.clickable("Next page").isPresent()) {
                client.click("Next page", "page-turn");
            } else if (tree.clickable("Knowledge check").isPresent()) {
                client.click("Knowledge check", "open-check");
            } else if (tree.clickable("Next module").isPresent()) {
                client.click("Next module", "next-module");
            } else if (tree.clickable("Final assessment").isPresent()) {
                client.click("Final assessment", "open-assessment");
            } else if (client.hasText("You have completed this course.") || tree.clickable("Back to my training").isPresent()) {
                return;
            } else {
                throw new LearnerClient.UiError("nothing to do next on this view");
            }
        }
        if (System.nanoTime() >= deadline) {
            stopped = true;
            return;
        }
        throw new LearnerClient.UiError("did not finish within " + MAX_ACTIONS + " actions");
    }

    /**
     * Presses Sign in until the instance checks the password. "sign-in" is the latency of the attempt that got in;
     * "sign-in-felt" runs from the first press to being in, including every "try again in a moment" and the pause.
     */
    private void signIn() throws LearnerClient.SessionLost, LearnerClient.UiError {
        long firstPress = System.nanoTime();
        for (int attempt = 1; !client.signIn(email, password); attempt++) {
            tally.signInsTurnedAway.incrementAndGet();
            if (attempt >= MAX_SIGN_IN_TRIES) {
                // A person told "try again" twenty times in a row has given up: an error of the phase, not just a
                // figure (the runs of decision 0030 counted these only as examples, so a phase could "hold" with them).
                client.stats().error("sign-in");
                throw new LearnerClient.UiError("sign-in: turned away " + attempt + " times (too many signing in)");
            }
            if (System.nanoTime() >= deadline) {
                throw new LearnerClient.UiError("sign-in: still turned away when the phase ended");
            }
            pause(RETRY_PAUSE_MILLIS);
        }
        client.stats().record("sign-in-felt", System.nanoTime() - firstPress);
    }

    /**
     * Answers every open question on the view: chooses the first option of each radio or checkbox group (as the web
     * component reports a choice), and on a knowledge check presses its "Check my answer".
     */
    private void answerAll(String step) throws LearnerClient.SessionLost, LearnerClient.UiError {
        UiTree tree = client.tree();
        UiTree.Node group = null;
        List<UiTree.Node> nodes = tree.attached();
        for (UiTree.Node node : nodes) {
            if ("vaadin-radio-group".equals(node.tag) || "vaadin-checkbox-group".equals(node.tag)) {
                group = node;
                if (step.startsWith("assessment")) {
                    choose(node, step);
                }
            } else if (group != null && node.listeners.contains("click") && !UiTree.isDisabled(node)
                    && "Check my answer".equals(tree.text(node))) {
                choose(group, step + "-choose");
                think();
                client.timed(step, List.of(LearnerClient.event(node.id, "click", LearnerClient.clickData())));
                group = null;
            }
        }
    }

    private void choose(UiTree.Node group, String step) throws LearnerClient.SessionLost, LearnerClient.UiError {
        List<UiTree.Node> options = client.tree().descendants(group).stream()
                .filter(n -> "vaadin-radio-button".equals(n.tag) || "vaadin-checkbox".equals(n.tag)).toList();
        if (options.isEmpty()) {
            throw new LearnerClient.UiError(step + ": a question without options");
        }
        JsonNode value = options.get(random.nextInt(options.size())).properties.get("value");
        if ("vaadin-checkbox-group".equals(group.tag)) {
            client.choose(group, LearnerClient.array().add(value), step);
        } else {
            client.choose(group, value, step);
        }
    }

    private void think() {
        pause(thinkMillis);
    }

    /** A person's pause: between half and one and a half times {@code millis}. */
    private void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis / 2 + random.nextLong(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
