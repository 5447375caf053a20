package uk.safeguarding.training.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each file under scenarios-broken/ is the valid scenario of courses-valid/with-scenario with one defect (its first
 * line says which). Dropped into a copy of that course, the reader must point at the defect: file, line and message.
 */
class BrokenScenarioFilesTest {

    private static final String FILE = "scenarios/01-first-scenario.yaml";
    private final CourseFolderReader reader = new CourseFolderReader();

    @TempDir
    Path temp;

    @Test
    void the_course_the_broken_scenarios_are_dropped_into_is_valid() {
        CourseReadResult result = reader.read(CourseFixtures.withScenario());

        assertThat(result.problems()).isEmpty();
        assertThat(result.course().scenarios()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("01-first-scenario");
            assertThat(s.nodes()).hasSize(2);
            assertThat(s.endings()).hasSize(3);
        });
        assertThat(result.course().modules().get(0).scenarioIds()).containsExactly("01-first-scenario");
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # fixture under scenarios-broken/ | line | part of the message
            dangling-choice          | 30 | choice 3 of node 'call-lead' leads to 'left-mesage', which is neither a node nor an ending of this scenario
            unreachable-node         | 33 | node 'island' is never reached: no choice on a path from the first node ('start') leads to it
            unreachable-ending       | 49 | ending 'forgotten' is never reached
            loop-without-exit        | 26 | node 'call-lead' is on a loop that no choice leaves ('call-lead', 'hold'): every path must end
            loop-without-exit        | 37 | node 'hold' is on a loop that no choice leaves
            choice-without-next      | 14 | node 'start', choice 2: missing required field 'next'
            too-few-choices          | 9  | node 'start' has 1 choice; give it 2 to 4
            too-many-choices         | 9  | node 'start' has 5 choices; give it 2 to 4
            score-out-of-range       | 27 | node 'call-lead', choice 2: 'score' must be from 0 to 10 (found 11)
            ending-score-negative    | 41 | ending 'left-message': 'score' must be from 0 to 10 (found -1)
            unknown-source           | 3  | unknown source 'source-z': it is not in course.yaml sources
            no-sources               | 0  | missing required field 'sources'
            duplicate-id             | 39 | ending 'call-lead': duplicate id 'call-lead' (already used on line 18)
            unknown-outcome          | 40 | ending 'left-message': 'outcome' must be good, acceptable or harmful (found 'fine')
            no-good-ending           | 33 | the scenario has no good ending a learner can reach
            choice-without-feedback  | 14 | node 'start', choice 2: missing required field 'feedback'
            ending-without-feedback  | 44 | ending 'walked-away': missing required field 'feedback'
            unsafe-html              | 19 | unsafe HTML <script> is not allowed
            unknown-placeholder      | 10 | unknown placeholder '{{organisation.manager}}'
            yaml-syntax-error        | 19 | YAML syntax error
            """)
    void each_defect_is_reported_at_its_line(String fixture, int line, String message) throws IOException {
        Path course = withScenarioFile(CourseFixtures.brokenScenario(fixture));

        CourseReadResult result = reader.read(course);

        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).as(result.problems().toString())
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo(FILE);
                    assertThat(p.line()).isEqualTo(line);
                    assertThat(p.message()).contains(message);
                });
    }

    @Test
    void every_fixture_is_in_the_table() throws IOException {
        try (Stream<Path> files = Files.list(CourseFixtures.brokenScenario("dangling-choice").getParent())) {
            assertThat(files.count()).as("fixtures under scenarios-broken/").isEqualTo(19);
        }
    }

    @Test
    void a_scenario_a_module_lists_without_a_file_is_reported_at_the_module() throws IOException {
        Path course = CourseFixtures.copy(CourseFixtures.withScenario(), temp.resolve("c"));
        Files.delete(course.resolve(FILE));

        assertThat(reader.read(course).problems()).extracting(CourseProblem::toString)
                .containsExactly("modules/01-first-module.md:7: scenario '01-first-scenario' has no file " + FILE);
    }

    @Test
    void a_scenario_file_no_module_lists_is_reported() throws IOException {
        Path course = CourseFixtures.copy(CourseFixtures.withScenario(), temp.resolve("c"));
        Files.copy(course.resolve(FILE), course.resolve("scenarios/02-spare.yaml"));

        assertThat(reader.read(course).problems()).extracting(CourseProblem::toString).containsExactly(
                "scenarios/02-spare.yaml:0: scenario file is not listed by any module; add 'scenarios: [02-spare]'"
                        + " to the front matter of the module it belongs to, or remove the file");
    }

    @Test
    void a_scenario_listed_by_two_modules_is_reported_at_the_second() throws IOException {
        Path course = CourseFixtures.copy(CourseFixtures.withScenario(), temp.resolve("c"));
        Path second = course.resolve("modules/02-second-module.md");
        Files.writeString(second, Files.readString(second).replaceFirst("\nsources: ([^\n]*)\n",
                "\nsources: $1\nscenarios: [01-first-scenario]\n"));

        assertThat(reader.read(course).problems()).extracting(CourseProblem::toString).singleElement()
                .asString().contains("modules/02-second-module.md:")
                .contains("scenario '01-first-scenario' is already listed by module '01-first-module'");
    }

    @Test
    void drawing_a_scenario_into_the_assessment_needs_a_scenario() throws IOException {
        Path course = CourseFixtures.copy(CourseFixtures.minimal(), temp.resolve("c"));
        Files.writeString(course.resolve("course.yaml"), Files.readString(course.resolve("course.yaml"))
                + "scenarios:\n  inAssessment: true\n");

        assertThat(reader.read(course).problems()).extracting(CourseProblem::message).singleElement().asString()
                .contains("inAssessment is true but the course has no scenarios");
    }

    @Test
    void course_settings_for_scenarios_are_read() throws IOException {
        Path course = CourseFixtures.copy(CourseFixtures.withScenario(), temp.resolve("c"));
        Files.writeString(course.resolve("course.yaml"), Files.readString(course.resolve("course.yaml"))
                + "scenarios:\n  goodEndingRequired: true\n  inAssessment: true\n");

        CourseReadResult result = reader.read(course);

        assertThat(result.problems()).isEmpty();
        assertThat(result.course().scenarioSettings().goodEndingRequired()).isTrue();
        assertThat(result.course().scenarioSettings().inAssessment()).isTrue();
    }

    private Path withScenarioFile(Path scenario) throws IOException {
        Path course = CourseFixtures.copy(CourseFixtures.withScenario(), temp.resolve("course"));
        Files.copy(scenario, course.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
        return course;
    }
}
