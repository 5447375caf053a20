package uk.safeguarding.training.learning;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.LearnerViews.AttemptSheet;
import uk.safeguarding.training.learning.LearnerViews.CheckQuestion;
import uk.safeguarding.training.support.Learners;

/**
 * Assignments and enrolments at a chosen point of a course, reached through the learner's own service calls (as the
 * player makes them), so progress is recorded exactly as a learner would leave it. Assignments are made by the
 * fixtures' administrator.
 */
@TestComponent
public class EnrolmentFixture {

    private final PeopleFixture people;
    private final CourseFixture courses;
    private final AssignmentService assignments;
    private final LearningService learning;
    private final AssessmentService assessment;
    private final JdbcTemplate jdbc;

    EnrolmentFixture(PeopleFixture people, CourseFixture courses, AssignmentService assignments, LearningService learning,
                     AssessmentService assessment, JdbcTemplate jdbc) {
        this.people = people;
        this.courses = courses;
        this.assignments = assignments;
        this.learning = learning;
        this.assessment = assessment;
        this.jdbc = jdbc;
    }

    /** The course assigned to the learner, due in thirty days. */
    public Assignment assigned(UserAccount learner, PublishedCourse course) {
        return assigned(learner, course, LocalDate.now().plusDays(30));
    }

    public Assignment assigned(UserAccount learner, PublishedCourse course, LocalDate dueOn) {
        return people.asAdministrator(() -> assignments.assign(learner.getId(), course.key(), dueOn,
                people.administrator().getEmail()));
    }

    /** Assigned and started: the learner is on the first page. Returns the enrolment id. */
    public long started(UserAccount learner, PublishedCourse course) {
        long assignment = assigned(learner, course).getId();
        return people.as(learner, () -> learning.startOrContinue(assignment).enrolmentId());
    }

    /** Assigned and started, with every page up to this one (numbers from 1) opened, in order. */
    public long atPage(UserAccount learner, PublishedCourse course, int module, int page) {
        long enrolment = started(learner, course);
        CourseDefinition definition = courses.definition(course);
        people.as(learner, () -> {
            for (int m = 1; m <= module; m++) {
                int last = m < module ? definition.modules().get(m - 1).pages().size() : page;
                for (int p = 1; p <= last; p++) {
                    learning.openPage(enrolment, m, p);
                }
            }
        });
        return enrolment;
    }

    /**
     * Every page opened and every knowledge check answered (with the first option shown), so the assessment is
     * unlocked. Returns the enrolment id.
     */
    public long readWholeCourse(UserAccount learner, PublishedCourse course) {
        long enrolment = started(learner, course);
        CourseDefinition definition = courses.definition(course);
        people.as(learner, () -> {
            for (int m = 1; m <= definition.modules().size(); m++) {
                for (int p = 1; p <= definition.modules().get(m - 1).pages().size(); p++) {
                    learning.openPage(enrolment, m, p);
                }
                for (CheckQuestion q : learning.knowledgeCheck(enrolment, m).questions()) {
                    learning.answerCheck(enrolment, m, q.id(), Set.of(0));
                }
            }
        });
        return enrolment;
    }

    /**
     * The whole course read and the assessment passed with every answer right (100%), through the learner's own calls,
     * so the completion and its certificate come from the assessment as in the player. The right options are found by
     * their text, so the course's options must not name organisation details such as {@code {{organisation.x}}} (the
     * small test course's do; the shipped course's do not). Returns the enrolment id.
     */
    public long passedAssessment(UserAccount learner, PublishedCourse course) {
        long enrolment = readWholeCourse(learner, course);
        passAssessment(learner, course, enrolment);
        return enrolment;
    }

    /**
     * As {@link #passedAssessment}, after a first attempt submitted with nothing answered (failed). Only for a course
     * whose attempt policy allows a retake straight after failing, such as the shipped one. Returns the enrolment id.
     */
    public long failedThenPassedAssessment(UserAccount learner, PublishedCourse course) {
        long enrolment = readWholeCourse(learner, course);
        people.as(learner, () -> {
            assessment.submit(enrolment, assessment.startOrResume(enrolment).attemptId(), Map.of());
        });
        passAssessment(learner, course, enrolment);
        return enrolment;
    }

    /**
     * The update of a new edition (its changed modules only) worked through and its assessment passed, through the
     * learner's own calls, as the player leaves it. The learner must have been assigned the update. Returns the
     * enrolment id.
     */
    public long completedUpdate(UserAccount learner, PublishedCourse newEdition) {
        long enrolment = people.as(learner, () -> {
            var update = learning.myTraining().stream().filter(c -> c.update() != null).findFirst()
                    .orElseThrow(() -> new IllegalStateException(learner.getEmail() + " has no update to do"));
            long id = learning.startOrContinue(update.assignmentId()).enrolmentId();
            int modules = learning.openPage(id, 1, 1).moduleCount();
            for (int m = 1; m <= modules; m++) {
                int pages = learning.openPage(id, m, 1).pageCount();
                for (int p = 2; p <= pages; p++) {
                    learning.openPage(id, m, p);
                }
                for (CheckQuestion q : learning.knowledgeCheck(id, m).questions()) {
                    learning.answerCheck(id, m, q.id(), Set.of(0));
                }
            }
            return id;
        });
        passAssessment(learner, newEdition, enrolment);
        return enrolment;
    }

    private void passAssessment(UserAccount learner, PublishedCourse course, long enrolment) {
        CourseDefinition definition = courses.definition(course);
        people.as(learner, () -> {
            AttemptSheet sheet = assessment.startOrResume(enrolment);
            if (!assessment.submit(enrolment, sheet.attemptId(), Learners.correctAnswers(definition, sheet)).courseCompleted()) {
                throw new IllegalStateException("Every answer right and the course still not completed: see the grading");
            }
        });
    }

    /**
     * A submitted, passed assessment attempt (12 of 15, 80%, answers kept) on the enrolment, written straight to the
     * database with the chosen submission time; returns its id.
     */
    public long submittedAttempt(long enrolmentId, int number, Instant submittedAt) {
        return submittedAttempt(jdbc, enrolmentId, number, submittedAt);
    }

    /** {@link #submittedAttempt(long, int, Instant)}, for tests without the fixtures. */
    public static long submittedAttempt(JdbcTemplate jdbc, long enrolmentId, int number, Instant submittedAt) {
        Long versionId = jdbc.queryForObject("select course_version_id from enrolment where id = ?", Long.class, enrolmentId);
        jdbc.update("""
                insert into attempt (version, enrolment_id, course_version_id, number, started_at, draw_json, submitted_at,
                                     answers_json, correct_count, question_count, score_percent, passed)
                values (0, ?, ?, ?, ?, '[]', ?, '{"q-1":[0]}', 12, 15, 80, true)""",
                enrolmentId, versionId, number, Timestamp.from(submittedAt.minusSeconds(600)), Timestamp.from(submittedAt));
        return jdbc.queryForObject("select id from attempt where enrolment_id = ? and number = ?", Long.class, enrolmentId, number);
    }

    /** A completion (and so a certificate) recorded by the fixtures' administrator; returns the enrolment id. */
    public long completed(UserAccount learner, PublishedCourse course, Instant completedAt, int scorePercent) {
        return people.asAdministrator(() -> assignments.recordCompletion(learner.getId(), course.key(), completedAt,
                scorePercent, people.administrator().getEmail()).getId());
    }
}
