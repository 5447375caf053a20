package uk.safeguarding.training.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.training.content.CourseFolderReader;
import uk.safeguarding.training.content.CourseReadResult;
import uk.safeguarding.training.content.CourseText;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.LearnerViews.AttemptResult;
import uk.safeguarding.training.learning.LearnerViews.AttemptSheet;
import uk.safeguarding.training.learning.LearnerViews.CheckQuestion;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.FixtureTest;

/**
 * A course with {@code scenarios: inAssessment: true}: each attempt draws a scenario that counts as one more question,
 * graded on the server from the stored play (right only at a good ending), and cannot be played on after submitting.
 */
@FixtureTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentScenarioIT {

    @Autowired
    IdentityService identity;
    @Autowired
    AssignmentService assignments;
    @Autowired
    LearningService learning;
    @Autowired
    AssessmentService assessment;
    @Autowired
    ScenarioService scenarios;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    CourseText courseText;
    @Autowired
    OrganisationService organisation;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PeopleFixture people;
    @Autowired
    CourseFixture courses;
    @Autowired
    EnrolmentFixture enrolments;

    CourseDefinition course;
    PublishedCourse published;

    @BeforeAll
    void publishACourseThatDrawsAScenario(@TempDir Path temp) throws IOException {
        Path folder = copy(Path.of("src/test/resources/courses-valid/with-scenario"), temp.resolve("c"));
        Path yaml = folder.resolve("course.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("id: scenario-course", "id: assessed-scenario-course")
                + "scenarios:\n  inAssessment: true\n");
        CourseReadResult read = new CourseFolderReader().read(folder);
        assertThat(read.problems()).isEmpty();
        course = read.course();
        published = courses.published(folder);
    }

    @Test
    void a_scenario_ended_well_counts_as_a_right_answer() {
        long enrolment = readEverything();
        AttemptSheet sheet = AsUser.call(identity, email, () -> assessment.startOrResume(enrolment));
        assertThat(sheet.hasScenario()).isTrue();

        ScenarioScreen start = AsUser.call(identity, email, () -> scenarios.assessmentScenario(enrolment, sheet.attemptId()));
        assertThat(start.title()).isEqualTo("A worry at closing time");
        ScenarioScreen next = choose(enrolment, sheet.attemptId(), "Tell her to wait inside");
        assertThat(next.last().feedback()).as("no feedback during the assessment").isNull();
        ScenarioScreen end = choose(enrolment, sheet.attemptId(), "Call 999");
        assertThat(end.situation()).isNull();
        assertThat(end.summary()).as("the outcome waits for the result").isNull();
        assertThat(AsUser.call(identity, email, () -> scenarios.assessmentOutcome(enrolment, sheet.attemptId())))
                .isEmpty();

        AttemptResult result = AsUser.call(identity, email, () -> assessment.submit(enrolment, sheet.attemptId(),
                correct(sheet)));

        assertThat(result.outcome().total()).isEqualTo(3);
        assertThat(result.outcome().correct()).isEqualTo(3);
        assertThat(result.outcome().scorePercent()).isEqualTo(100);
        assertThat(AsUser.call(identity, email, () -> scenarios.assessmentOutcome(enrolment, sheet.attemptId())))
                .get().extracting(ScenarioScreen.Summary::outcome).isEqualTo(EndingKind.GOOD);
    }

    @Test
    void a_harmful_or_unfinished_scenario_counts_as_wrong_and_cannot_be_played_on_after_submitting() {
        long enrolment = readEverything();
        AttemptSheet sheet = AsUser.call(identity, email, () -> assessment.startOrResume(enrolment));
        AsUser.call(identity, email, () -> scenarios.assessmentScenario(enrolment, sheet.attemptId()));
        choose(enrolment, sheet.attemptId(), "Tell her to wait inside");

        AttemptResult result = AsUser.call(identity, email, () -> assessment.submit(enrolment, sheet.attemptId(),
                correct(sheet)));

        assertThat(result.outcome().correct()).isEqualTo(2);
        assertThat(result.outcome().scorePercent()).isEqualTo(66);
        assertThat(result.outcome().passed()).isFalse();
        assertThatThrownBy(() -> AsUser.call(identity, email, () -> scenarios.chooseInAssessment(enrolment,
                sheet.attemptId(), new ScenarioScreen.Choice(2, "closing", 0)))).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.queryForObject("select count(*) from scenario_play where attempt_id = ?", Integer.class,
                sheet.attemptId())).isEqualTo(1);
    }

    @Test
    void choices_sent_at_once_or_late_store_one_step() throws Exception {
        long enrolment = readEverything();
        AttemptSheet sheet = AsUser.call(identity, email, () -> assessment.startOrResume(enrolment));
        ScenarioScreen.Situation start = AsUser.call(identity, email,
                () -> scenarios.assessmentScenario(enrolment, sheet.attemptId())).situation();
        int wait = start.choices().indexOf(start.choices().stream().filter(c -> c.startsWith("Tell her to wait inside"))
                .findFirst().orElseThrow());
        int atOnce = 6;
        CountDownLatch ready = new CountDownLatch(atOnce);
        CountDownLatch go = new CountDownLatch(1);
        List<ScenarioScreen> screens = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(atOnce)) {
            List<Future<ScenarioScreen>> sent = new ArrayList<>();
            for (int i = 0; i < atOnce; i++) {
                sent.add(pool.submit(() -> AsUser.call(identity, email, () -> {
                    ready.countDown();
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return scenarios.chooseInAssessment(enrolment, sheet.attemptId(), start.choice(wait));
                })));
            }
            ready.await();
            go.countDown();
            for (Future<ScenarioScreen> f : sent) {
                screens.add(f.get());
            }
        }
        ScenarioScreen late = AsUser.call(identity, email, () -> scenarios.chooseInAssessment(enrolment,
                sheet.attemptId(), start.choice(wait)));
        screens.add(late);

        assertThat(jdbc.queryForObject("select path from scenario_play where attempt_id = ?", String.class,
                sheet.attemptId()).split(",")).as("one step stored").hasSize(1);
        assertThat(screens).allSatisfy(screen -> {
            assertThat(screen.situation().step()).isEqualTo(2);
            assertThat(screen.last().choice()).startsWith("Tell her to wait inside");
            assertThat(screen.last().feedback()).as("no feedback during the assessment").isNull();
        });
    }

    private String email;

    private long readEverything() {
        UserAccount person = people.learner("Assessed", people.unit("Assessment"));
        email = person.getEmail();
        return enrolments.readWholeCourse(person, published);
    }

    private ScenarioScreen choose(long enrolment, long attemptId, String startOfChoice) {
        return AsUser.call(identity, email, () -> {
            ScenarioScreen.Situation now = scenarios.assessmentScenario(enrolment, attemptId).situation();
            List<String> choices = now.choices();
            for (int i = 0; i < choices.size(); i++) {
                if (choices.get(i).startsWith(startOfChoice)) {
                    return scenarios.chooseInAssessment(enrolment, attemptId, now.choice(i));
                }
            }
            throw new AssertionError("no choice '" + startOfChoice + "' in " + choices);
        });
    }

    private Map<String, Set<Integer>> correct(AttemptSheet sheet) {
        Map<String, String> values = AsUser.call(identity, email, () -> organisation.profile().placeholderValues());
        Map<String, Set<Integer>> answers = new HashMap<>();
        for (CheckQuestion shown : sheet.questions()) {
            QuestionDefinition q = course.questions().stream().filter(d -> d.id().equals(shown.id())).findFirst()
                    .orElseThrow();
            Set<Integer> positions = new HashSet<>();
            for (int i = 0; i < shown.options().size(); i++) {
                String text = shown.options().get(i);
                if (q.options().stream().anyMatch(o -> o.correct() && courseText.plainText(o.text(), values).equals(text))) {
                    positions.add(i);
                }
            }
            answers.put(q.id(), positions);
        }
        return answers;
    }

    private static Path copy(Path source, Path target) throws IOException {
        try (var walk = Files.walk(source)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                Path to = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to);
                }
            }
        }
        return target;
    }
}
