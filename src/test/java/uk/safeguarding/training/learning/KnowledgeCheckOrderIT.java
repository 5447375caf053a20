package uk.safeguarding.training.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.LearnerViews.CheckFeedback;
import uk.safeguarding.training.learning.LearnerViews.CheckQuestion;
import uk.safeguarding.training.learning.LearnerViews.KnowledgeCheck;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.FreshPeople;

/** Knowledge-check options are shuffled per learner, keep their order across visits, and are answered as shown. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class KnowledgeCheckOrderIT {

    @Autowired
    IdentityService identity;
    @Autowired
    AssignmentService assignments;
    @Autowired
    LearningService learning;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void each_learner_sees_their_own_order_every_time_and_answers_by_what_they_see() {
        FreshPeople fresh = new FreshPeople(identity, assignments, jdbc);
        UserAccount first = fresh.learner("Nia");
        UserAccount second = fresh.learner("Owain");
        assign(first);
        assign(second);
        CourseDefinition course = catalog.definition(catalog.newest("cse-awareness").orElseThrow().versionId());

        List<List<String>> firstOrders = orders(first, course);
        List<List<String>> secondOrders = orders(second, course);

        assertThat(firstOrders).isNotEqualTo(secondOrders);
        assertThat(firstOrders).isEqualTo(orders(first, course));
        List<Integer> shownPositionsOfKeys = new ArrayList<>();
        AsUser.call(identity, first.getEmail(), () -> {
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
        return AsUser.call(identity, person.getEmail(), () -> {
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

    private void assign(UserAccount person) {
        AsUser.call(identity, "admin@demo.test",
                () -> assignments.assign(person.getId(), "cse-awareness", LocalDate.now().plusDays(30), "admin@demo.test"));
    }
}
