package uk.safeguarding.training.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import uk.safeguarding.training.course.CourseDefinition;

/** A published version is stored as a JSON snapshot of the course, so the model must survive the round trip. */
class CourseDefinitionJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aCourseSurvivesJsonAndBack() {
        CourseDefinition course = new CourseFolderReader().read(CourseFixtures.minimal()).course();

        String snapshot = json.writeValueAsString(course);
        CourseDefinition back = json.readValue(snapshot, CourseDefinition.class);

        assertThat(back).isEqualTo(course);
        assertThat(back.assets().getFirst().bytes()).isEqualTo(course.assets().getFirst().bytes());
    }

    @Test
    void helpersAreNotStoredAsFields() {
        CourseDefinition course = new CourseFolderReader().read(CourseFixtures.minimal()).course();

        String snapshot = json.writeValueAsString(course);

        assertThat(snapshot).doesNotContain("totalPages", "correctOptionIndexes", "\"unlimited\"", "\"size\"");
    }
}
