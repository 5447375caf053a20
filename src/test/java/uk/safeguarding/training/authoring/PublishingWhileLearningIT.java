package uk.safeguarding.training.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import uk.safeguarding.training.certificate.CertificateService;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.OptionDefinition;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.course.QuestionType;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.learning.AssessmentService;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.learning.CourseCompleted;
import uk.safeguarding.training.learning.LearnerViews.AttemptResult;
import uk.safeguarding.training.learning.LearnerViews.AttemptSheet;
import uk.safeguarding.training.learning.LearnerViews.CheckQuestion;
import uk.safeguarding.training.learning.LearningService;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.FixtureTest;

/**
 * A version published while a learner is part-way through: they finish, and are certified on, the version they
 * started; someone starting afterwards gets the new one. Runs on a copy of the shipped course, so the other tests
 * sharing this application keep the shipped course as it is; its trainer and learners are its own.
 */
@FixtureTest
@RecordApplicationEvents
class PublishingWhileLearningIT {

    static final String COURSE = "publishing-while-learning";
    static final String CHANGED = "This page was rewritten for version 2.";

    @Autowired
    IdentityService identity;
    @Autowired
    AuthoringService authoring;
    @Autowired
    AssignmentService assignments;
    @Autowired
    LearningService learning;
    @Autowired
    AssessmentService assessment;
    @Autowired
    CertificateService certificates;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    ApplicationEvents events;
    @Autowired
    PeopleFixture people;
    @Autowired
    CourseFixture courses;

    @Test
    void the_learner_mid_course_finishes_on_the_old_version_and_a_new_starter_gets_the_new_one() {
        courses.shipped();
        OrganisationUnit unit = people.unit("Publishing while learning");
        String trainer = people.person("Trainer", unit, LocalDate.now().minusYears(2), Role.TRAINER).getEmail();
        String midCourse = people.learner("Ryan", unit).getEmail();
        String newStarter = people.learner("Sophie", unit).getEmail();
        Draft first = AsUser.call(identity, trainer, () -> authoring.startCourse(COURSE, "Versioned course", "cse-awareness"));
        AsUser.call(identity, trainer, () -> authoring.publish(COURSE, first.revision()));
        long version1 = catalog.newest(COURSE).orElseThrow().versionId();
        long ryanAssignment = assign(midCourse);
        long sophieAssignment = assign(newStarter);
        long ryan = AsUser.call(identity, midCourse, () -> learning.startOrContinue(ryanAssignment).enrolmentId());
        String oldText = AsUser.call(identity, midCourse, () -> learning.openPage(ryan, 1, 1).html());

        Draft second = AsUser.call(identity, trainer, () -> authoring.open(COURSE));
        CourseDefinition edited = DraftEdits.module(second.definition(), 0, m -> DraftLifecycleIT.withPage(m, 0, CHANGED));
        edited = DraftEdits.addQuestion(edited, DraftEdits.Bank.QUESTIONS, edited.modules().getFirst().id());
        int added = edited.questions().size() - 1;
        QuestionDefinition blank = edited.questions().get(added);
        edited = DraftEdits.question(edited, DraftEdits.Bank.QUESTIONS, added, new QuestionDefinition(blank.id(),
                blank.moduleId(), blank.sourceId(), QuestionType.SINGLE, "Sam, 13, has a new older friend.", "What do you do?",
                List.of(new OptionDefinition("Tell the lead today.", true, "Right."),
                        new OptionDefinition("Wait and see.", false, "Waiting leaves Sam at risk."))));
        CourseDefinition toPublish = edited;
        Draft saved = AsUser.call(identity, trainer, () -> authoring.save(COURSE, toPublish, second.revision()));
        assertThat(saved.problems()).isEmpty();
        AsUser.call(identity, trainer, () -> authoring.publish(COURSE, saved.revision()));
        long version2 = catalog.newest(COURSE).orElseThrow().versionId();
        assertThat(version2).isNotEqualTo(version1);

        AttemptResult result = AsUser.call(identity, midCourse, () -> {
            assertThat(learning.openPage(ryan, 1, 1).html()).isEqualTo(oldText).doesNotContain(CHANGED);
            return passEverything(ryan, catalog.definition(version1));
        });
        assertThat(result.courseCompleted()).isTrue();
        assertThat(events.stream(CourseCompleted.class).filter(e -> e.enrolmentId() == ryan))
                .singleElement().satisfies(e -> assertThat(e.courseVersionId()).isEqualTo(version1));
        assertThat(AsUser.call(identity, midCourse, () -> certificates.mine())).filteredOn(c -> c.getEnrolmentId() == ryan)
                .singleElement().satisfies(c -> assertThat(c.getCourseVersionNumber()).isEqualTo(1));

        long sophie = AsUser.call(identity, newStarter, () -> learning.startOrContinue(sophieAssignment).enrolmentId());
        assertThat(AsUser.call(identity, newStarter, () -> learning.openPage(sophie, 1, 1).html())).contains(CHANGED);
        assertThat(AsUser.call(identity, newStarter, () -> learning.myTraining()))
                .filteredOn(c -> sophieAssignment == c.assignmentId()).singleElement()
                .satisfies(c -> assertThat(c.versionNumber()).isEqualTo(2));
    }

    private long assign(String email) {
        long userId = identity.findByEmail(email).orElseThrow().getId();
        return AsUser.call(identity, people.administrator().getEmail(),
                () -> assignments.assign(userId, COURSE, LocalDate.now().plusDays(30), "test").getId());
    }

    private AttemptResult passEverything(long enrolment, CourseDefinition course) {
        for (int m = 1; m <= course.modules().size(); m++) {
            for (int p = 1; p <= course.modules().get(m - 1).pages().size(); p++) {
                learning.openPage(enrolment, m, p);
            }
            for (CheckQuestion q : learning.knowledgeCheck(enrolment, m).questions()) {
                learning.answerCheck(enrolment, m, q.id(), Set.of(0));
            }
        }
        AttemptSheet sheet = assessment.startOrResume(enrolment);
        Map<String, Set<Integer>> answers = new HashMap<>();
        for (CheckQuestion shown : sheet.questions()) {
            QuestionDefinition q = course.questions().stream().filter(d -> d.id().equals(shown.id())).findFirst().orElseThrow();
            Set<Integer> positions = new HashSet<>();
            for (int i = 0; i < shown.options().size(); i++) {
                String text = shown.options().get(i);
                if (q.options().stream().anyMatch(o -> o.correct() && o.text().equals(text))) {
                    positions.add(i);
                }
            }
            answers.put(q.id(), positions);
        }
        return assessment.submit(enrolment, sheet.attemptId(), answers);
    }

    static List<String> ids(List<QuestionDefinition> questions) {
        return new ArrayList<>(questions.stream().map(QuestionDefinition::id).toList());
    }
}
