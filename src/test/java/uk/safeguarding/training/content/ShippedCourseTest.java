package uk.safeguarding.training.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The course that ships with the application must pass its own validator. */
class ShippedCourseTest {

    @Test
    void cseAwarenessCourseIsValid() {
        CourseReadResult result = new CourseFolderReader().read(Path.of("courses/cse-awareness"));

        assertThat(result.problems()).as("problems in courses/cse-awareness").isEmpty();
        assertThat(result.course().id()).isEqualTo("cse-awareness");
    }
}
