package uk.safeguarding.training.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.LearnerViews.CheckFeedback;
import uk.safeguarding.training.learning.LearnerViews.CheckQuestion;
import uk.safeguarding.training.learning.LearnerViews.KnowledgeCheck;
import uk.safeguarding.training.support.FixtureTest;

/** Knowledge-check options are shuffled per learner, keep their order across visits, and are answered as shown. */
@FixtureTest
class KnowledgeCheckOrderIT {

    @Autowired
    LearningService learning;
    @Autowired
    PeopleFixture people;
    @Autowired
    CourseFixture courses;
    @Autowired
    EnrolmentFixture enrolments;

    @Test
    void each_learner_sees_their_own_order_every_time_and_answers_by_what_they_see() {
        // The shipped course: its checks have enough options that two learners' orders differ.
        PublishedCourse shipped = courses.shipped();
        OrganisationUnit unit = people.unit("Knowledge checks");
        UserAccount first = people.learner("Nia", unit);
        UserAccount second = people.learner("Owain", unit);
        enrolments.assigned(first, shipped);
        enrolments.assigned(second, shipped);
        CourseDefinition course = courses.definition(shipped);

        List<List<String>> firstOrders = orders(first, course);
        List<List<String>> secondOrders = orders(second, course);

        assertThat(firstOrders).isNotEqualTo(secondOrders);
        assertThat(firstOrders).isEqualTo(orders(first, course));
        List<Integer> shownPositionsOfKeys = new ArrayList<>();
        people.as(first, () -> {
            long enrolment = enrolment();
            for (int m = 1; m <= course.modules().size(); m++) {
                for (CheckQuestion shown : learning.knowledgeCheck(enrolment, m).questions()) {
                    QuestionDefinition q = course.knowledgeChecks().stream().filter(k -> k.id().equals(shown.id()))
                            .findFirst().orElseThrow();
                    Set<Integer> keys = new java.util.HashSet<>();
                    for (int i = 0; i < shown.options().size(); i++) {
                        String text = shown.options().get(i);
                        if (q.options().stream().anyMatch(o -> o.correct() && o.text().equals(text))) {
                            keys.add(i);
                        }
                    }
                    shownPositionsOfKeys.addAll(keys);
                    CheckFeedback feedback = learning.answerCheck(enrolment, m, shown.id(), keys);
                    assertThat(feedback.correct()).as(shown.id()).isTrue();
                    assertThat(feedback.options()).extracting(LearnerViews.OptionFeedback::text)
                            .containsExactlyElementsOf(shown.options());
                    assertThat(feedback.options()).filteredOn(LearnerViews.OptionFeedback::chosen)
                            .allMatch(LearnerViews.OptionFeedback::correct);
                }
            }
            return null;
        });
        // Every key of the shipped checks is written first in the file; shuffled, they are not all shown first.
        assertThat(shownPositionsOfKeys).anyMatch(position -> position > 0);
    }

    private List<List<String>> orders(UserAccount person, CourseDefinition course) {
        return people.as(person, () -> {
            long enrolment = enrolment();
            List<List<String>> orders = new ArrayList<>();
            for (int m = 1; m <= course.modules().size(); m++) {
                KnowledgeCheck check = learning.knowledgeCheck(enrolment, m);
                check.questions().forEach(q -> orders.add(q.options()));
            }
            return orders;
        });
    }

    private long enrolment() {
        return learning.startOrContinue(learning.myTraining().getFirst().assignmentId()).enrolmentId();
    }
}
