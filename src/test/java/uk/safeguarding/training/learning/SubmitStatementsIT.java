package uk.safeguarding.training.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.learning.LearnerViews.AttemptResult;
import uk.safeguarding.training.learning.LearnerViews.AttemptSheet;
import uk.safeguarding.training.support.FixtureTest;
import uk.safeguarding.training.support.Learners;
import uk.safeguarding.training.support.SqlStatements;
import uk.safeguarding.training.support.SqlStatements.Recorded;

/**
 * What a submit of the final assessment sends to the database, statement by statement, so that a re-read, an extra
 * query per question or a lock-then-write cannot creep back in unseen (issue 14, decision 0017). Its own context (the
 * DataSource is wrapped to see the statements).
 */
@FixtureTest
@Import(SqlStatements.Counting.class)
class SubmitStatementsIT {

    @Autowired
    IdentityService identity;
    @Autowired
    LearningService learning;
    @Autowired
    AssessmentService assessment;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    PeopleFixture people;
    @Autowired
    CourseFixture courses;
    @Autowired
    EnrolmentFixture enrolments;

    /** A learner in a unit of their own; the tests use the shipped course, which allows a retake straight after a fail. */
    private UserAccount learner(String firstName) {
        return people.learner(firstName, people.unit("Submitting"));
    }

    @Test
    void a_failed_submit_is_six_round_trips_and_its_repeat_three() {
        UserAccount learner = learner("Tom");
        long enrolment = enrolments.readWholeCourse(learner, courses.shipped());
        people.as(learner, () -> {
            for (int attempt = 1; attempt <= 2; attempt++) {
                AttemptSheet sheet = assessment.startOrResume(enrolment);
                Map<String, Set<Integer>> wrong = new HashMap<>();
                sheet.questions().forEach(q -> wrong.put(q.id(), Set.of()));

                Recorded<AttemptResult> first = SqlStatements.record(() -> assessment.submit(enrolment, sheet.attemptId(), wrong));
                assertThat(first.value().outcome().newlyGraded()).isTrue();
                assertThat(first.value().outcome().passed()).isFalse();
                assertThat(first.value().nextAttempt().allowed()).isTrue();
                assertThat(shapes(first.statements())).as(String.join("\n", first.statements())).containsExactly(
                        "select attempt", "select enrolment",
                        // The guarded update: one statement, no lock taken first and no read of the row afterwards.
                        "update attempt",
                        "insert into attempt_answer",
                        // The next-attempt rule, after a fail only.
                        "select attempt",
                        "update enrolment");
                assertThat(first.statements().get(2)).contains("submitted_at is null");
                assertThat(first.statements().get(3)).endsWith("[batch of " + sheet.questions().size() + "]");

                Recorded<AttemptResult> repeat = SqlStatements.record(() -> assessment.submit(enrolment, sheet.attemptId(), wrong));
                assertThat(repeat.value().outcome().newlyGraded()).isFalse();
                assertThat(repeat.value().outcome().scorePercent()).isEqualTo(first.value().outcome().scorePercent());
                assertThat(shapes(repeat.statements())).as(String.join("\n", repeat.statements()))
                        .containsExactly("select attempt", "select enrolment", "select attempt");
            }
            return null;
        });
    }

    @Test
    void a_passing_submit_reads_no_attempts_for_the_next_attempt_rule() {
        UserAccount learner = learner("Olivia");
        PublishedCourse course = courses.shipped();
        long enrolment = enrolments.readWholeCourse(learner, course);
        people.as(learner, () -> {
            AttemptSheet sheet = assessment.startOrResume(enrolment);
            Map<String, Set<Integer>> right = Learners.correctAnswers(courses.definition(course), sheet);
            Recorded<AttemptResult> passed = SqlStatements.record(() -> assessment.submit(enrolment, sheet.attemptId(), right));
            assertThat(passed.value().outcome().passed()).isTrue();
            assertThat(passed.value().courseCompleted()).isTrue();
            assertThat(passed.value().nextAttempt().allowed()).isFalse();
            List<String> shapes = shapes(passed.statements());
            assertThat(shapes).as(String.join("\n", passed.statements())).startsWith(
                    "select attempt", "select enrolment", "update attempt", "insert into attempt_answer");
            assertThat(shapes.subList(2, shapes.size())).as("nothing reads the attempt it has just graded")
                    .doesNotContain("select attempt");
            assertThat(shapes).containsOnlyOnce("update enrolment");
            // The rest is completing the course and issuing its certificate (the assignment, the certificate feature's
            // reads and its insert, 8 of them): 13 statements in all when this was written. A ceiling, so that it may fall.
            assertThat(shapes).contains("insert into certificate").hasSizeLessThanOrEqualTo(13);
            return null;
        });
    }

    /** "select attempt", "update enrolment": the kind of statement and the first table it names. */
    private static List<String> shapes(List<String> statements) {
        return statements.stream().map(sql -> {
            Matcher m = Pattern.compile("^(select)\\b.*?\\bfrom\\s+(\\w+)|^(update|insert into|delete from)\\s+(\\w+)",
                    Pattern.CASE_INSENSITIVE).matcher(sql);
            if (!m.find()) {
                return sql;
            }
            return m.group(1) != null ? "select " + m.group(2) : m.group(3).toLowerCase() + " " + m.group(4);
        }).toList();
    }
}
