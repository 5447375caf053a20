package uk.safeguarding.training.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.Courses;
import uk.safeguarding.training.course.QuestionDefinition;

class QuestionDrawTest {

    private final CourseDefinition course = Courses.withQuestions(5, 10, 15);

    @RepeatedTest(50)
    void every_draw_has_the_set_number_of_distinct_questions_covering_every_module() {
        List<DrawnQuestion> draw = QuestionDraw.draw(course, new Random());
        assertThat(draw).hasSize(15);
        assertThat(draw.stream().map(DrawnQuestion::questionId).distinct()).hasSize(15);
        Set<String> modules = draw.stream().map(d -> moduleOf(d.questionId())).collect(Collectors.toSet());
        assertThat(modules).containsExactlyInAnyOrder("m1", "m2", "m3", "m4", "m5");
    }

    @Test
    void even_when_only_one_question_per_module_is_drawn_every_module_is_covered() {
        CourseDefinition tight = Courses.withQuestions(5, 10, 5);
        for (int i = 0; i < 100; i++) {
            Set<String> modules = QuestionDraw.draw(tight, new Random(i)).stream()
                    .map(d -> moduleOf(d.questionId())).collect(Collectors.toSet());
            assertThat(modules).hasSize(5);
        }
    }

    @Test
    void options_are_shuffled_and_each_order_is_a_permutation_of_the_options() {
        Set<List<Integer>> orders = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            for (DrawnQuestion d : QuestionDraw.draw(course, new Random(i))) {
                assertThat(d.optionOrder()).containsExactlyInAnyOrder(0, 1, 2);
                orders.add(d.optionOrder());
            }
        }
        assertThat(orders).as("all six orders of three options turn up").hasSize(6);
    }

    @Test
    void draws_differ_from_one_attempt_to_the_next() {
        Random random = new Random(42);
        Set<List<String>> draws = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            draws.add(QuestionDraw.draw(course, random).stream().map(DrawnQuestion::questionId).toList());
        }
        assertThat(draws).hasSize(20);
    }

    @Test
    void the_first_question_is_not_always_from_the_first_module() {
        Set<String> firstModules = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            firstModules.add(moduleOf(QuestionDraw.draw(course, new Random(i)).getFirst().questionId()));
        }
        assertThat(firstModules.size()).isGreaterThan(2);
    }

    private String moduleOf(String questionId) {
        return course.questions().stream().filter(q -> q.id().equals(questionId)).map(QuestionDefinition::moduleId)
                .findFirst().orElseThrow();
    }
}
