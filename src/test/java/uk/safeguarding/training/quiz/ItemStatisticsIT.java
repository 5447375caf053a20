package uk.safeguarding.training.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.AssessmentService;
import uk.safeguarding.training.learning.EnrolmentFixture;
import uk.safeguarding.training.learning.LearnerViews.AttemptSheet;
import uk.safeguarding.training.learning.LearnerViews.CheckQuestion;
import uk.safeguarding.training.quiz.internal.ItemAnswers;
import uk.safeguarding.training.support.FixtureTest;

/**
 * Item statistics come from the answers stored at grading, are counted in the database, and are deleted with the
 * answers under the retention policy. Synthetic rows use question ids of their own, so attempts other tests grade in
 * this shared application do not change the counts checked here.
 */
@FixtureTest
class ItemStatisticsIT {

    private static final Instant LONG_AGO = Instant.parse("1990-03-01T10:00:00Z");

    @Autowired
    AssessmentService assessment;
    @Autowired
    PeopleFixture people;
    @Autowired
    CourseFixture courses;
    @Autowired
    EnrolmentFixture enrolments;
    @Autowired
    ItemStatisticsService statistics;
    @Autowired
    ItemAnswers itemAnswers;
    @Autowired
    AnswerRetention retention;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void grading_stores_each_drawn_question_once_with_the_attempt_score_and_the_trainer_sees_it() {
        OrganisationUnit unit = people.unit("Item statistics");
        UserAccount learner = people.learner("Tegan", unit);
        UserAccount trainer = people.person("Trainer", unit, LocalDate.now().minusYears(1), Role.TRAINER);
        PublishedCourse shipped = courses.shipped();
        long versionId = shipped.versionId();
        CourseDefinition course = courses.definition(shipped);
        long enrolment = enrolments.readWholeCourse(learner, shipped);

        AttemptSheet sheet = people.as(learner, () -> {
            AttemptSheet started = assessment.startOrResume(enrolment);
            Map<String, Set<Integer>> answers = Map.of(started.questions().getFirst().id(), Set.of(0, 1, 2, 3, 4, 5));
            assessment.submit(enrolment, started.attemptId(), answers);
            assessment.submit(enrolment, started.attemptId(), answers);
            return started;
        });

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select question_id, correct, attempt_score from attempt_answer where attempt_id = ?", sheet.attemptId());
        assertThat(rows).as("one row per drawn question, once despite the repeated submission")
                .hasSize(course.questionsPerAttempt());
        assertThat(rows).extracting(r -> r.get("QUESTION_ID"))
                .containsExactlyInAnyOrderElementsOf(sheet.questions().stream().map(CheckQuestion::id).toList());
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("CORRECT")).isEqualTo(false);
            assertThat(r.get("ATTEMPT_SCORE")).isEqualTo(0);
        });

        List<ItemStatistic> seen = people.as(trainer, () -> statistics.forVersion(versionId));
        assertThat(seen).extracting(ItemStatistic::questionId)
                .containsExactlyElementsOf(course.questions().stream().map(q -> q.id()).toList());
        Set<String> drawn = sheet.questions().stream().map(CheckQuestion::id).collect(Collectors.toSet());
        assertThat(seen).filteredOn(i -> drawn.contains(i.questionId())).allSatisfy(i -> assertThat(i.answers()).isPositive());
        assertThatThrownBy(() -> people.as(learner, () -> statistics.forVersion(versionId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_database_counts_facility_and_the_top_and_bottom_thirds_and_retention_deletes_the_rows() {
        long enrolment = enrolments.completed(people.learner("Idris", people.unit("Item statistics")), courses.shipped(),
                LONG_AGO, 90);
        long versionId = jdbc.queryForObject("select course_version_id from enrolment where id = ?", Long.class, enrolment);
        for (int score = 1; score <= 30; score++) {
            long attempt = enrolments.submittedAttempt(enrolment, score, LONG_AGO.plusSeconds(score));
            // Everyone right on the easy question; only the stronger half right on the discriminating one.
            insert(attempt, versionId, "stats-it-easy", true, score);
            insert(attempt, versionId, "stats-it-sharp", score > 15, score);
        }

        Map<String, ItemAnswers.Counts> counts = itemAnswers.statistics(versionId).stream()
                .filter(c -> c.questionId().startsWith("stats-it-"))
                .collect(Collectors.toMap(ItemAnswers.Counts::questionId, c -> c));

        assertThat(counts.get("stats-it-easy")).isEqualTo(new ItemAnswers.Counts("stats-it-easy", 30, 30, 10, 10, 10, 10));
        assertThat(counts.get("stats-it-sharp")).isEqualTo(new ItemAnswers.Counts("stats-it-sharp", 30, 15, 10, 10, 10, 0));

        transactions.executeWithoutResult(s -> retention.deleteAnswersSubmittedBefore(LONG_AGO.plusSeconds(3600)));

        assertThat(itemAnswers.statistics(versionId)).noneMatch(c -> c.questionId().startsWith("stats-it-"));
    }

    private void insert(long attemptId, long versionId, String question, boolean correct, int score) {
        jdbc.update("insert into attempt_answer (attempt_id, course_version_id, question_id, correct, attempt_score)"
                + " values (?, ?, ?, ?, ?)", attemptId, versionId, question, correct, score);
    }
}
