package uk.safeguarding.training.xapi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.dataprotection.DataProtectionService;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.AssessmentService;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.learning.EnrolmentFixture;
import uk.safeguarding.training.learning.LearnerViews.AttemptSheet;
import uk.safeguarding.training.learning.LearnerViews.CheckQuestion;
import uk.safeguarding.training.learning.LearningService;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.Learners;

/**
 * xAPI statements go from the learning services through the outbox to a local LRS that fails on purpose. Run on H2
 * ({@link XapiDeliveryIT}) and on PostgreSQL ({@link XapiDeliveryPostgresIT}), where several instances share the
 * claims.
 */
abstract class XapiDeliveryContract {

    static final String HOME = "https://training.example.org";
    static final FakeLrs LRS;

    static {
        try {
            LRS = new FakeLrs();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void lrs(DynamicPropertyRegistry registry) {
        registry.add("training.xapi.endpoint", LRS::endpoint);
        registry.add("training.xapi.username", () -> FakeLrs.USER);
        registry.add("training.xapi.password", () -> FakeLrs.PASSWORD);
        registry.add("training.xapi.home-page", () -> HOME);
        // Retries are due at once, so the test drives the sender until everything is out without waiting.
        registry.add("training.xapi.retry-initial", () -> "0s");
        registry.add("training.xapi.send-interval", () -> "PT1H");
    }

    @Autowired
    IdentityService identity;
    @Autowired
    AssignmentService assignments;
    @Autowired
    LearningService learning;
    @Autowired
    AssessmentService assessment;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    DataProtectionService dataProtection;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StatementSender sender;
    @Autowired
    PeopleFixture people;
    @Autowired
    CourseFixture courses;
    @Autowired
    EnrolmentFixture enrolments;

    @Test
    void every_statement_reaches_a_failing_lrs_exactly_once_and_in_order_for_each_person() {
        LRS.failSometimes(0.3, 0.15, 42);
        int refusedBefore = LRS.refused();
        int lostBefore = LRS.lostAnswers();
        UserAccount passing = learner("Xavi");
        UserAccount failing = learner("Yara");
        AsUser.run(identity, passing.getEmail(), () -> passAssessment(true));
        AsUser.run(identity, failing.getEmail(), () -> passAssessment(false));

        sendEverything();

        assertThat(LRS.refused()).as("the LRS refused some statements").isGreaterThan(refusedBefore);
        assertThat(LRS.lostAnswers()).as("some answers were lost after storing").isGreaterThan(lostBefore);
        for (UserAccount person : List.of(passing, failing)) {
            List<String> written = outboxIds(person.getId());
            assertThat(written).hasSizeGreaterThan(50);
            assertThat(storedInOrder(written)).as("stored once each, in the order they happened").isEqualTo(written);
            for (String id : written) {
                assertThat(LRS.statement(id)).isEqualTo(outboxJson(id));
            }
        }
        assertThat(LRS.conflicts()).as("a resend is always the same statement").isEmpty();
        assertThat(verbs(passing.getId())).startsWith("launched", "experienced").endsWith("answered", "passed", "completed");
        assertThat(verbs(failing.getId())).endsWith("answered", "failed").doesNotContain("completed", "passed");
        String completed = LRS.statement(outboxIds(passing.getId()).getLast());
        assertThat(completed).contains("\"revision\":\"version ", "\"account\":{\"homePage\":\"" + HOME + "\",\"name\":\"",
                        "http://adlnet.gov/expapi/verbs/completed", HOME + "/xapi/activities/courses/cse-awareness\"")
                .doesNotContain(passing.getEmail(), passing.getDisplayName());

        int putsBefore = LRS.totalPuts();
        assertThat(sender.sendDue()).isZero();
        assertThat(LRS.totalPuts()).as("a further run, as after a restart, sends nothing again").isEqualTo(putsBefore);
    }

    @Test
    void two_instances_sending_at_the_same_moment_send_each_statement_once() throws Exception {
        LRS.healthy();
        List<UserAccount> people = new ArrayList<>();
        for (String name : List.of("Zed", "Zoe", "Zak")) {
            UserAccount person = learner(name);
            AsUser.run(identity, person.getEmail(), () -> Learners.readWholeCourse(learning, catalog));
            people.add(person);
        }

        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService instances = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(instances.submit(() -> {
                    go.await();
                    return sender.sendDue();
                }));
            }
            go.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        }
        sendEverything();

        for (UserAccount person : people) {
            List<String> written = outboxIds(person.getId());
            assertThat(storedInOrder(written)).isEqualTo(written);
            assertThat(written).allSatisfy(id -> assertThat(LRS.putsOf(id)).as("PUTs of " + id).isEqualTo(1));
        }
    }

    @Test
    void the_pending_statements_of_an_erased_person_are_dropped_and_never_sent() {
        LRS.down();
        UserAccount erased = learner("Erin");
        UserAccount kept = learner("Kim");
        AsUser.run(identity, erased.getEmail(), () -> Learners.readWholeCourse(learning, catalog));
        AsUser.run(identity, kept.getEmail(), () -> Learners.readWholeCourse(learning, catalog));
        List<String> erasedIds = outboxIds(erased.getId());
        String accountName = jdbc.queryForObject("select account_name from xapi_actor where user_id = ?", String.class,
                erased.getId());
        sender.sendDue();
        assertThat(erasedIds).isNotEmpty().noneMatch(id -> LRS.statement(id) != null);

        people.as(people.administrator(), () -> dataProtection.erase(erased.getId()));
        LRS.healthy();
        sendEverything();

        assertThat(erasedIds).noneMatch(id -> LRS.statement(id) != null || LRS.putsOf(id) > 1);
        assertThat(LRS.storedIds().stream().map(LRS::statement)).noneMatch(json -> json.contains(accountName));
        assertThat(outboxIds(erased.getId())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from xapi_actor where user_id = ?", Integer.class, erased.getId()))
                .isZero();
        List<String> keptIds = outboxIds(kept.getId());
        assertThat(storedInOrder(keptIds)).isEqualTo(keptIds);
    }

    private UserAccount learner(String name) {
        // The shipped course: the statements name it (cse-awareness), and its modules give more than fifty of them.
        UserAccount person = people.learner(name, people.unit("xAPI"));
        enrolments.assigned(person, courses.shipped());
        return person;
    }

    private void passAssessment(boolean right) {
        AttemptSheet sheet = assessment.startOrResume(Learners.readWholeCourse(learning, catalog));
        CourseDefinition course = catalog.definition(catalog.newest("cse-awareness").orElseThrow().versionId());
        Map<String, Set<Integer>> answers = new HashMap<>();
        for (CheckQuestion shown : sheet.questions()) {
            QuestionDefinition question = course.questions().stream().filter(q -> q.id().equals(shown.id())).findFirst()
                    .orElseThrow();
            Set<Integer> positions = new java.util.HashSet<>();
            for (int i = 0; i < shown.options().size(); i++) {
                int position = i;
                boolean correct = question.options().stream()
                        .anyMatch(o -> o.correct() && o.text().equals(shown.options().get(position)));
                if (correct == right) {
                    positions.add(i);
                }
            }
            answers.put(shown.id(), positions);
        }
        assessment.submit(sheet.enrolmentId(), sheet.attemptId(), answers);
    }

    /** Runs the sender until nothing is left to send: a condition, bounded, never a sleep. */
    private void sendEverything() {
        for (int run = 0; run < 1_000; run++) {
            sender.sendDue();
            Integer left = jdbc.queryForObject(
                    "select count(*) from xapi_statement where sent_at is null and rejected_at is null", Integer.class);
            if (left == 0) {
                return;
            }
        }
        throw new AssertionError("Statements still unsent after 1000 runs");
    }

    private List<String> outboxIds(long userId) {
        return jdbc.queryForList("select statement_id from xapi_statement where user_id = ? order by id", String.class, userId);
    }

    private String outboxJson(String statementId) {
        return jdbc.queryForObject("select statement_json from xapi_statement where statement_id = ?", String.class, statementId);
    }

    private List<String> verbs(long userId) {
        return jdbc.queryForList("select verb from xapi_statement where user_id = ? order by id", String.class, userId);
    }

    private static List<String> storedInOrder(List<String> ids) {
        Set<String> wanted = Set.copyOf(ids);
        return LRS.storedIds().stream().filter(wanted::contains).toList();
    }
}
