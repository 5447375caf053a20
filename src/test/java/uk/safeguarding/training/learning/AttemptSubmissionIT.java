package uk.safeguarding.training.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.LearnerViews.AttemptResult;
import uk.safeguarding.training.learning.LearnerViews.AttemptSheet;
import uk.safeguarding.training.learning.LearnerViews.CheckQuestion;
import uk.safeguarding.training.quiz.Attempt;
import uk.safeguarding.training.quiz.QuizService;
import uk.safeguarding.training.support.FixtureTest;
import uk.safeguarding.training.support.Learners;

/** A double click, a retried request, two tabs: one attempt is graded and stored once, and completes the course once. */
@FixtureTest
@RecordApplicationEvents
class AttemptSubmissionIT {

    @Autowired
    AssessmentService assessment;
    @Autowired
    QuizService quiz;
    @Autowired
    PeopleFixture people;
    @Autowired
    CourseFixture courses;
    @Autowired
    EnrolmentFixture enrolments;
    @Autowired
    ApplicationEvents events;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void two_concurrent_submissions_of_one_attempt_store_one_result_and_complete_the_course_once() throws Exception {
        UserAccount learner = people.learner("Olivia", people.unit("Attempts"));
        AttemptSheet sheet = readEverythingAndStart(learner);
        Map<String, Set<Integer>> answers = correct(sheet);

        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        Callable<AttemptResult> submit = () -> people.as(learner, () -> {
            ready.countDown();
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return assessment.submit(sheet.enrolmentId(), sheet.attemptId(), answers);
        });
        List<AttemptResult> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<AttemptResult> first = pool.submit(submit);
            Future<AttemptResult> second = pool.submit(submit);
            ready.await();
            go.countDown();
            results.add(first.get());
            results.add(second.get());
        }

        assertThat(results).allSatisfy(r -> assertThat(r.outcome().scorePercent()).isEqualTo(100));
        assertThat(results).filteredOn(r -> r.outcome().newlyGraded()).hasSize(1);
        List<Attempt> stored = quiz.attempts(sheet.enrolmentId());
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().isSubmitted()).isTrue();
        assertThat(events.stream(CourseCompleted.class).filter(e -> e.enrolmentId() == sheet.enrolmentId())).hasSize(1);
        // Graded once: one row per question for the item statistics, and both replies say no attempt may follow a pass.
        assertThat(jdbc.queryForObject("select count(*) from attempt_answer where attempt_id = ?", Long.class,
                sheet.attemptId())).isEqualTo(sheet.questions().size());
        assertThat(results).allSatisfy(r -> assertThat(r.nextAttempt().allowed()).isFalse());
    }

    @Test
    void a_repeated_submission_with_different_answers_does_not_change_the_stored_result() {
        UserAccount learner = people.learner("Priya", people.unit("Attempts"));
        AttemptSheet sheet = readEverythingAndStart(learner);
        AttemptResult wrong = people.as(learner, () -> assessment.submit(sheet.enrolmentId(), sheet.attemptId(), Map.of()));
        AttemptResult retried = people.as(learner, () -> assessment.submit(sheet.enrolmentId(), sheet.attemptId(), correct(sheet)));
        assertThat(wrong.outcome().scorePercent()).isZero();
        assertThat(retried.outcome().scorePercent()).isZero();
        assertThat(retried.outcome().newlyGraded()).isFalse();
        assertThat(retried.courseCompleted()).isFalse();
    }

    @Test
    void an_attempt_in_progress_is_resumed_not_redrawn() {
        UserAccount learner = people.learner("Priya", people.unit("Attempts"));
        AttemptSheet first = readEverythingAndStart(learner);
        AttemptSheet again = people.as(learner, () -> assessment.startOrResume(first.enrolmentId()));
        assertThat(again.attemptId()).isEqualTo(first.attemptId());
        assertThat(again.questions()).extracting(CheckQuestion::id).containsExactlyElementsOf(
                first.questions().stream().map(CheckQuestion::id).toList());
    }

    @Test
    void the_questions_sent_during_an_attempt_carry_no_correct_flag_or_feedback() {
        for (Class<?> sent : List.of(AttemptSheet.class, CheckQuestion.class, uk.safeguarding.training.quiz.PresentedQuestion.class)) {
            assertThat(sent.getRecordComponents()).extracting(c -> c.getName().toLowerCase())
                    .noneMatch(name -> name.contains("correct") || name.contains("feedback") || name.contains("order"));
        }
    }

    /** The shipped course, as before the fixtures: its bank grades every question type the assessment has. */
    private PublishedCourse shipped() {
        return courses.shipped();
    }

    private AttemptSheet readEverythingAndStart(UserAccount learner) {
        long enrolment = enrolments.readWholeCourse(learner, shipped());
        return people.as(learner, () -> assessment.startOrResume(enrolment));
    }

    private CourseDefinition course() {
        return courses.definition(shipped());
    }

    private Map<String, Set<Integer>> correct(AttemptSheet sheet) {
        return Learners.correctAnswers(course(), sheet);
    }
}
