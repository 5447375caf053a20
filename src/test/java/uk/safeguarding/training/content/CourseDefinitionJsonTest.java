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
    void theCheckedDatesAreStoredAsIsoDates() {
        CourseDefinition course = new CourseFolderReader().read(CourseFixtures.minimal()).course();

        String snapshot = json.writeValueAsString(course);

        assertThat(snapshot).contains("\"contentChecked\":\"2026-11-29\"", "\"checked\":\"2026-11-28\"");
    }

    @Test
    void aSnapshotFromBeforeTheCheckedDatesExistedStillReads() {
        CourseDefinition course = new CourseFolderReader().read(CourseFixtures.minimal()).course();
        String older = json.writeValueAsString(course)
                .replace(",\"contentChecked\":\"2026-11-29\"", "")
                .replace(",\"checked\":\"2026-11-28\"", "")
                .replace(",\"checked\":null", "");

        CourseDefinition back = json.readValue(older, CourseDefinition.class);

        assertThat(older).doesNotContain("checked", "Checked");
        assertThat(back.contentChecked()).isNull();
        assertThat(back.sources()).allSatisfy(source -> assertThat(source.checked()).isNull());
        assertThat(back.sources().getFirst().url()).isEqualTo("https://example.org/a");
    }

    @Test
    void helpersAreNotStoredAsFields() {
        CourseDefinition course = new CourseFolderReader().read(CourseFixtures.minimal()).course();

        String snapshot = json.writeValueAsString(course);

        assertThat(snapshot).doesNotContain("totalPages", "correctOptionIndexes", "\"unlimited\"", "\"size\"");
    }

    @Test
    void aCourseWithScenariosSurvivesJsonAndBack() {
        CourseDefinition course = new CourseFolderReader().read(CourseFixtures.withScenario()).course();

        CourseDefinition back = json.readValue(json.writeValueAsString(course), CourseDefinition.class);

        assertThat(back).isEqualTo(course);
        assertThat(back.scenarios()).hasSize(1);
    }

    @Test
    void aSnapshotFromBeforeScenariosExistedReadsAsACourseWithoutThem() {
        CourseDefinition course = new CourseFolderReader().read(CourseFixtures.minimal()).course();
        String older = json.writeValueAsString(course).replace(",\"scenarios\":[]", "")
                .replace(",\"scenarioIds\":[]", "")
                .replaceAll(",\"scenarioSettings\":\\{[^}]*\\}", "");

        CourseDefinition back = json.readValue(older, CourseDefinition.class);

        assertThat(older).doesNotContain("scenarios", "scenarioIds", "scenarioSettings");
        assertThat(back.scenarios()).isEmpty();
        assertThat(back.scenarioSettings()).isEqualTo(uk.safeguarding.training.course.ScenarioSettings.NONE);
        assertThat(back.modules()).allSatisfy(m -> assertThat(m.scenarioIds()).isEmpty());
    }
}
