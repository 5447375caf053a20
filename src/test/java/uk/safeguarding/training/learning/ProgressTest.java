package uk.safeguarding.training.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.Courses;
import uk.safeguarding.training.course.ModuleDefinition;

class ProgressTest {

    private final CourseDefinition course = Courses.withQuestions(2, 3, 2);
    private final ModuleDefinition first = course.modules().getFirst();

    @Test
    void a_module_is_complete_only_with_every_page_seen_and_its_check_answered() {
        ModuleProgress p = new ModuleProgress(1L, "m1");
        p.markSeen(0);
        p.markSeen(1);
        assertThat(new Progress(course, List.of(p)).moduleComplete(first)).as("check not answered").isFalse();
        p.markCheckAnswered("kc-m1");
        assertThat(new Progress(course, List.of(p)).moduleComplete(first)).isTrue();
        assertThat(new Progress(course, List.of(p)).allModulesComplete()).isFalse();
    }

    @Test
    void seeing_a_page_twice_counts_once() {
        ModuleProgress p = new ModuleProgress(1L, "m1");
        assertThat(p.markSeen(0)).isTrue();
        assertThat(p.markSeen(0)).isFalse();
        assertThat(p.seenPages()).containsExactly(0);
    }

    @Test
    void the_course_reaches_one_hundred_percent_only_on_completion() {
        ModuleProgress a = new ModuleProgress(1L, "m1");
        ModuleProgress b = new ModuleProgress(1L, "m2");
        for (ModuleProgress p : List.of(a, b)) {
            p.markSeen(0);
            p.markSeen(1);
        }
        a.markCheckAnswered("kc-m1");
        b.markCheckAnswered("kc-m2");
        Progress all = new Progress(course, List.of(a, b));
        assertThat(all.allModulesComplete()).isTrue();
        assertThat(all.coursePercent(false)).isLessThan(100);
        assertThat(all.coursePercent(true)).isEqualTo(100);
    }
}
