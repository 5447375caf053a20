package uk.safeguarding.training.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.FixtureTest;

/**
 * Playing a shipped scenario through the service as a learner would, and as an attacker would: choices the node does
 * not offer, another person's enrolment, a choice after the end, and two choices sent at once.
 */
@FixtureTest
class ScenarioPlayIT {

    static final int MODULE = 5;
    static final int HOTEL = 2;

    @Autowired
    IdentityService identity;
    @Autowired
    ScenarioService scenarios;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    PeopleFixture people;
    @Autowired
    CourseFixture courses;
    @Autowired
    EnrolmentFixture enrolments;

    private record Learner(String email, long enrolmentId) {
    }

    private Learner freshLearner() {
        // The shipped course: module 5 holds its six scenarios.
        UserAccount person = people.learner("Scenario", people.unit("Scenarios"));
        return new Learner(person.getEmail(), enrolments.started(person, courses.shipped()));
    }

    /** Plays by the choices' text, as the learner reads them (their order is shuffled per learner). */
    private ScenarioScreen choose(Learner l, String startOfChoice) {
        return AsUser.call(identity, l.email(), () -> {
            ScenarioScreen now = scenarios.open(l.enrolmentId(), MODULE, HOTEL);
            List<String> choices = now.situation().choices();
            int position = -1;
            for (int i = 0; i < choices.size(); i++) {
                if (choices.get(i).startsWith(startOfChoice)) {
                    position = i;
                }
            }
            assertThat(position).as("a choice starting '%s' in %s", startOfChoice, choices).isNotNegative();
            return scenarios.choose(l.enrolmentId(), MODULE, HOTEL, now.situation().choice(position));
        });
    }

    /** The choice starting with this text on the screen the learner has open, as the player's button would send it. */
    private ScenarioScreen.Choice shown(Learner l, String startOfChoice) {
        ScenarioScreen now = AsUser.call(identity, l.email(), () -> scenarios.open(l.enrolmentId(), MODULE, HOTEL));
        List<String> choices = now.situation().choices();
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).startsWith(startOfChoice)) {
                return now.situation().choice(i);
            }
        }
        throw new AssertionError("no choice '" + startOfChoice + "' in " + choices);
    }

    private String storedPath(Learner l) {
        return jdbc.queryForObject("select path from scenario_play where enrolment_id = ?", String.class,
                l.enrolmentId());
    }

    @Test
    void a_harmful_path_then_a_replay_to_a_good_ending_are_both_stored_with_their_outcome() {
        Learner l = freshLearner();

        ScenarioScreen first = AsUser.call(identity, l.email(), () -> scenarios.open(l.enrolmentId(), MODULE, HOTEL));
        assertThat(first.title()).isEqualTo("Night shift on hotel reception");
        assertThat(first.situation().step()).isEqualTo(1);
        assertThat(first.situation().choices()).hasSize(3);

        ScenarioScreen harmful = choose(l, "Check them in");
        assertThat(harmful.last().choice()).startsWith("Check them in");
        assertThat(harmful.summary().outcome()).isEqualTo(EndingKind.HARMFUL);
        assertThat(harmful.summary().scorePercent()).isZero();
        assertThat(harmful.summary().goodPath()).extracting(ScenarioScreen.PathStep::choice)
                .containsExactly("Call 999: a child may be in immediate danger.",
                        "Stay calm and polite, say the system is slow, and note the time, descriptions and what was said.");

        AsUser.call(identity, l.email(), () -> scenarios.replay(l.enrolmentId(), MODULE, HOTEL));
        ScenarioScreen phoned = choose(l, "Phone the hotel's safeguarding lead");
        assertThat(phoned.situation().step()).isEqualTo(2);
        choose(l, "Call 999 now");
        ScenarioScreen good = choose(l, "Stay calm");
        assertThat(good.summary().outcome()).isEqualTo(EndingKind.GOOD);
        assertThat(good.summary().taken()).hasSize(3);
        assertThat(good.summary().scorePercent()).as("the longer way round scores less than the good path").isEqualTo(90);
        assertThat(good.summary().plays()).isEqualTo(2);

        List<String> stored = jdbc.queryForList("select outcome from scenario_play where enrolment_id = ? order by id",
                String.class, l.enrolmentId());
        assertThat(stored).containsExactly("HARMFUL", "GOOD");
        assertThat(jdbc.queryForObject("select scenarios_good from module_progress where enrolment_id = ?"
                + " and module_id = '05-what-to-do'", String.class, l.enrolmentId())).isEqualTo("02-hotel-reception-night");
    }

    @Autowired
    ScenarioStatisticsService statistics;

    @Test
    void trainers_see_the_harmful_choice_counted_and_learners_cannot_see_statistics() {
        long version = courses.shipped().versionId();
        long before = harmfulCheckIns(version);
        Learner l = freshLearner();
        choose(l, "Check them in");

        assertThat(harmfulCheckIns(version)).isEqualTo(before + 1);
        assertThatThrownBy(() -> AsUser.call(identity, l.email(), () -> statistics.forVersion(version)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long harmfulCheckIns(long version) {
        UserAccount trainer = people.person("Trainer", people.unit("Scenarios"), LocalDate.now().minusYears(1), Role.TRAINER);
        ScenarioStatistics hotel = people.as(trainer, () -> statistics.forVersion(version))
                .stream().filter(s -> s.scenarioId().equals("02-hotel-reception-night")).findFirst().orElseThrow();
        return hotel.harmful().stream().filter(h -> h.choice().startsWith("Check them in"))
                .mapToLong(ScenarioStatistics.HarmfulChoice::harmfulPlays).sum();
    }

    @Test
    void reopening_shows_the_play_where_it_was_left() {
        Learner l = freshLearner();
        choose(l, "Phone the hotel's safeguarding lead");

        ScenarioScreen again = AsUser.call(identity, l.email(), () -> scenarios.open(l.enrolmentId(), MODULE, HOTEL));

        assertThat(again.situation().step()).isEqualTo(2);
        assertThat(again.last()).isNull();
    }

    @Test
    void choices_that_are_not_offered_or_come_after_the_end_are_refused_and_change_nothing() {
        Learner l = freshLearner();
        ScenarioScreen opened = AsUser.call(identity, l.email(), () -> scenarios.open(l.enrolmentId(), MODULE, HOTEL));
        ScenarioScreen.Choice firstNode = opened.situation().choice(0);

        assertThatThrownBy(() -> AsUser.call(identity, l.email(), () -> scenarios.choose(l.enrolmentId(), MODULE, HOTEL,
                opened.situation().choice(3)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AsUser.call(identity, l.email(), () -> scenarios.choose(l.enrolmentId(), MODULE, 7,
                firstNode))).isInstanceOf(IllegalArgumentException.class);
        choose(l, "Check them in");
        String ended = storedPath(l);

        ScenarioScreen after = AsUser.call(identity, l.email(), () -> scenarios.choose(l.enrolmentId(), MODULE, HOTEL,
                firstNode));

        assertThat(after.situation()).as("a choice after the end is not played").isNull();
        assertThat(after.summary().outcome()).isEqualTo(EndingKind.HARMFUL);
        assertThat(after.last().choice()).as("the screen as the play stands").startsWith("Check them in");
        assertThat(storedPath(l)).isEqualTo(ended).doesNotContain(",");
    }

    @Test
    void a_choice_made_on_a_node_the_play_has_left_is_not_stored_and_the_current_screen_comes_back() {
        Learner l = freshLearner();
        ScenarioScreen.Choice phone = shown(l, "Phone the hotel's safeguarding lead");
        ScenarioScreen first = AsUser.call(identity, l.email(), () -> scenarios.choose(l.enrolmentId(), MODULE, HOTEL,
                phone));
        String afterFirst = storedPath(l);

        // The late second click of a double click: the same choice, made on step 1, arrives after step 1 was stored.
        ScenarioScreen late = AsUser.call(identity, l.email(), () -> scenarios.choose(l.enrolmentId(), MODULE, HOTEL,
                phone));
        // A forged request naming the right step but another node, and one naming the next step on the old node.
        ScenarioScreen.Choice next = first.situation().choice(0);
        ScenarioScreen otherNode = AsUser.call(identity, l.email(), () -> scenarios.choose(l.enrolmentId(), MODULE,
                HOTEL, new ScenarioScreen.Choice(next.step(), phone.nodeId(), 0)));
        ScenarioScreen otherStep = AsUser.call(identity, l.email(), () -> scenarios.choose(l.enrolmentId(), MODULE,
                HOTEL, new ScenarioScreen.Choice(next.step() + 1, next.nodeId(), 0)));

        assertThat(next.step()).isEqualTo(2);
        assertThat(next.nodeId()).isNotEqualTo(phone.nodeId());
        assertThat(storedPath(l)).as("nothing stored after the first choice").isEqualTo(afterFirst)
                .doesNotContain(",");
        for (ScenarioScreen screen : List.of(late, otherNode, otherStep)) {
            assertThat(screen.situation().step()).isEqualTo(2);
            assertThat(screen.situation().nodeId()).isEqualTo(next.nodeId());
            assertThat(screen.situation().choices()).isEqualTo(first.situation().choices());
            assertThat(screen.last().choice()).startsWith("Phone the hotel's safeguarding lead");
        }
    }

    @Test
    void another_persons_enrolment_is_out_of_reach() {
        Learner owner = freshLearner();
        Learner intruder = freshLearner();

        assertThatThrownBy(() -> AsUser.call(identity, intruder.email(),
                () -> scenarios.open(owner.enrolmentId(), MODULE, HOTEL))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(identity, intruder.email(),
                () -> scenarios.choose(owner.enrolmentId(), MODULE, HOTEL, new ScenarioScreen.Choice(1, "start", 0))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from scenario_play where enrolment_id = ?", Integer.class,
                owner.enrolmentId())).isZero();
    }

    static final int AT_ONCE = 8;

    @Test
    void two_choices_sent_at_once_store_one_step() throws Exception {
        Learner l = freshLearner();
        ScenarioScreen.Choice phone = shown(l, "Phone the hotel's safeguarding lead");
        CountDownLatch ready = new CountDownLatch(AT_ONCE);
        CountDownLatch go = new CountDownLatch(1);
        Callable<ScenarioScreen> click = () -> AsUser.call(identity, l.email(), () -> {
            ready.countDown();
            await(go);
            return scenarios.choose(l.enrolmentId(), MODULE, HOTEL, phone);
        });
        List<ScenarioScreen> screens = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE)) {
            List<Future<ScenarioScreen>> sent = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                sent.add(pool.submit(click));
            }
            ready.await();
            go.countDown();
            for (Future<ScenarioScreen> f : sent) {
                screens.add(f.get());
            }
        }

        assertThat(storedPath(l).split(",")).as("one step stored, not " + AT_ONCE).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from scenario_play where enrolment_id = ?", Integer.class,
                l.enrolmentId())).isEqualTo(1);
        assertThat(screens).as("every request, stored or not, gets the screen of step 2").allSatisfy(screen -> {
            assertThat(screen.situation().step()).isEqualTo(2);
            assertThat(screen.last().choice()).startsWith("Phone the hotel's safeguarding lead");
        });
    }

    @Test
    void different_choices_sent_at_once_store_one_and_every_answer_shows_the_one_stored() throws Exception {
        Learner l = freshLearner();
        ScenarioScreen opened = AsUser.call(identity, l.email(), () -> scenarios.open(l.enrolmentId(), MODULE, HOTEL));
        int offered = opened.situation().choices().size();
        CountDownLatch ready = new CountDownLatch(AT_ONCE);
        CountDownLatch go = new CountDownLatch(1);
        List<ScenarioScreen> screens = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE)) {
            List<Future<ScenarioScreen>> sent = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                ScenarioScreen.Choice choice = opened.situation().choice(i % offered);
                sent.add(pool.submit(() -> AsUser.call(identity, l.email(), () -> {
                    ready.countDown();
                    await(go);
                    return scenarios.choose(l.enrolmentId(), MODULE, HOTEL, choice);
                })));
            }
            ready.await();
            go.countDown();
            for (Future<ScenarioScreen> f : sent) {
                screens.add(f.get());
            }
        }

        assertThat(storedPath(l).split(",")).hasSize(1);
        String storedChoice = courses.definition(courses.shipped())
                .scenario("02-hotel-reception-night").orElseThrow().nodes().getFirst().choices()
                .get(Integer.parseInt(storedPath(l))).text();
        assertThat(screens).extracting(screen -> screen.last().choice()).as("one choice won; all answers show it")
                .allSatisfy(shown -> assertThat(storedChoice).startsWith(shown.substring(0, 20)));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
