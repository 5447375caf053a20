package uk.safeguarding.training.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each folder under courses-broken/ is the minimal valid course with one defect. The reader must point at the
 * defect: the right file, the right line and a message that says what is wrong.
 */
class BrokenCourseFoldersTest {

    /** Rows in the table below; each fixture folder but several-defects has exactly one. */
    private static final int CASES = 59;

    private final CourseFolderReader reader = new CourseFolderReader();

    @Test
    void theCourseTheBrokenFoldersAreCopiedFromIsValid() {
        CourseReadResult result = reader.read(CourseFixtures.minimal());

        assertThat(result.problems()).isEmpty();
        assertThat(result.course()).isNotNull();
    }

    @ParameterizedTest(name = "{0} -> {1}:{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # folder under courses-broken/        | file                        | line | part of the message
            missing-field                          | questions.yaml              |  12 | question 'first-01', option 2: missing required field 'feedback'
            missing-course-field                   | course.yaml                 |   0 | missing required field 'title'
            unknown-field                          | course.yaml                 |   7 | unknown field 'pasMark' (did you mean 'passMark'?
            unknown-option-field                   | questions.yaml              |  10 | question 'first-01', option 1: unknown field 'corect' (did you mean 'correct'?
            yaml-syntax-error                      | questions.yaml              |   8 | YAML syntax error: mapping values are not allowed here
            yaml-tab-indent                        | course.yaml                 |  12 | YAML syntax error
            duplicate-yaml-key                     | course.yaml                 |   8 | field 'passMark' appears twice (first on line 7)
            no-correct-option                      | questions.yaml              |   8 | question 'first-01' has no correct option
            all-options-correct                    | questions.yaml              |  20 | question 'second-01' has every option marked correct
            single-with-two-correct                | questions.yaml              |  20 | question 'second-01' is type 'single' but has 2 correct options
            wrong-question-type                    | questions.yaml              |  17 | question 'second-01': 'type' must be 'single' or 'multiple' (found 'either')
            too-few-options                        | questions.yaml              |   8 | question 'first-01' has 1 option; give it 2 to 6 options
            too-many-options                       | questions.yaml              |  20 | question 'second-01' has 7 options; give it 2 to 6 options
            question-unknown-module                | questions.yaml              |   3 | question 'first-01' names module '03-missing-module', which is not listed in course.yaml modules
            question-unknown-source                | questions.yaml              |  16 | question 'second-01' names source 'source-z', which is not in course.yaml sources
            duplicate-question-id                  | questions.yaml              |  43 | duplicate question id 'first-01' (already used on line 2)
            module-without-question                | questions.yaml              |   1 | module '02-second-module' has no assessment question
            module-without-knowledge-check         | questions.yaml              |  30 | module '02-second-module' has no knowledge check
            too-many-knowledge-checks              | questions.yaml              |  30 | module '01-first-module' has 5 knowledge checks: give each module at most 4
            pass-mark-0                            | course.yaml                 |   7 | 'passMark' must be from 1 to 100 (found 0)
            content-checked-not-a-date             | course.yaml                 |  13 | 'contentChecked' must be a date written as YYYY-MM-DD, e.g. 2026-11-29 (found '29/11/2026')
            source-checked-not-a-date              | course.yaml                 |  22 | 'checked' is not a date in the calendar (found '2026-02-30')
            pass-mark-101                          | course.yaml                 |   7 | 'passMark' must be from 1 to 100 (found 101)
            pass-mark-not-a-number                 | course.yaml                 |   7 | 'passMark' must be a whole number, not 'eighty'
            estimated-minutes-too-long             | course.yaml                 |   6 | 'estimatedMinutes' must be from 1 to 600 (found 601)
            validity-months-zero                   | course.yaml                 |   9 | 'validityMonths' must be from 1 to 120 (found 0)
            negative-attempt-policy                | course.yaml                 |  11 | 'maxAttempts' must be at least 0 (found -1)
            bad-course-id                          | course.yaml                 |   2 | 'id' must use only lower-case letters, digits and single hyphens
            questions-per-attempt-over-bank        | course.yaml                 |   8 | questionsPerAttempt is 3 but questions.yaml has only 2 questions
            questions-per-attempt-below-modules    | course.yaml                 |   8 | questionsPerAttempt is 1 but there are 2 modules
            duplicate-source-id                    | course.yaml                 |  21 | duplicate source id 'source-a' (first on line 17)
            module-listed-twice                    | course.yaml                 |  16 | module '01-first-module' is listed twice (first on line 14)
            module-file-missing                    | course.yaml                 |  15 | module '02-second-module' has no file modules/02-second-module.md
            module-file-not-listed                 | modules/03-extra.md         |   0 | module file is not listed in course.yaml modules
            missing-questions-file                 | questions.yaml              |   0 | missing file questions.yaml
            unknown-placeholder                    | modules/02-second-module.md |  14 | unknown placeholder '{{organisation.address}}'
            unknown-placeholder-with-spaces        | modules/01-first-module.md  |  12 | unknown placeholder '{{ organisation.lead_phone }}'
            unknown-placeholder-in-question        | questions.yaml              |  21 | unknown placeholder '{{organisation.edt_phone}}'
            unclosed-placeholder                   | modules/02-second-module.md |  14 | placeholder opened with '{{' is not closed
            image-without-alt                      | modules/01-first-module.md  |  14 | image 'assets/diagram.png' has no alt text
            image-asset-missing                    | modules/01-first-module.md  |  14 | image 'assets/missing.png' not found
            image-data-url                         | modules/01-first-module.md  |  14 | unsafe image URL 'data:image/png;base64,iVBORw0KGgo=' is not allowed
            image-external                         | modules/01-first-module.md  |  14 | image 'https://example.org/diagram.png' is on another website: images from other sites are blocked
            svg-asset                              | assets/logo.svg             |   0 | SVG images are not allowed
            unsafe-html-script                     | modules/02-second-module.md |  13 | unsafe HTML <script> is not allowed
            unsafe-html-inline-script              | modules/02-second-module.md |  11 | unsafe HTML <script> is not allowed
            unsafe-html-onerror                    | modules/01-first-module.md  |  22 | unsafe HTML attribute 'onerror' in <img
            unsafe-html-iframe                     | modules/01-first-module.md  |  23 | unsafe HTML <iframe
            unsafe-html-style                      | modules/02-second-module.md |  13 | unsafe HTML <style> is not allowed
            javascript-link                        | modules/01-first-module.md  |  20 | unsafe link URL 'javascript:alert(1)' is not allowed
            encoded-javascript-link                | modules/01-first-module.md  |  20 | unsafe link URL 'javascript:alert(1)' is not allowed
            javascript-autolink                    | modules/02-second-module.md |  13 | unsafe link URL 'javascript:alert(1)' is not allowed
            page-without-sources                   | modules/02-second-module.md |   8 | page 'Out of hours' has no 'Sources:' line
            page-unknown-source                    | modules/01-first-module.md  |  17 | unknown source 'source-c': it is not in course.yaml sources
            text-before-first-page                 | modules/02-second-module.md |   8 | only blank lines may come before the first page heading
            module-without-pages                   | modules/02-second-module.md |   0 | the module has no pages
            missing-front-matter                   | modules/02-second-module.md |   1 | a module file must start with front matter
            front-matter-unknown-field             | modules/01-first-module.md  |   3 | unknown field 'summary'
            front-matter-missing-objectives        | modules/02-second-module.md |   1 | missing required field 'objectives'
            """)
    void reportsTheDefectWithFileLineAndMessage(String folder, String file, int line, String message) {
        CourseReadResult result = reader.read(CourseFixtures.broken(folder));

        assertThat(result.course()).as("a course with problems is not built").isNull();
        assertThat(result.problems())
                .as("problems of %s", folder)
                .anySatisfy(problem -> {
                    assertThat(problem.file()).isEqualTo(file);
                    assertThat(problem.line()).isEqualTo(line);
                    assertThat(problem.message()).contains(message);
                    assertThat(problem.toString()).isEqualTo(file + ":" + line + ": " + problem.message());
                });
    }

    @Test
    void everyBrokenFolderHasACase() throws Exception {
        // A fixture folder without a row above would be a defect nobody checks.
        try (Stream<Path> folders = Files.list(CourseFixtures.broken("several-defects").getParent())) {
            assertThat(folders.map(p -> p.getFileName().toString()))
                    .hasSize(CASES + 1)
                    .contains("several-defects");
        }
    }

    @Test
    void reportsEveryDefectOfAFolderInOneRead() {
        CourseReadResult result = reader.read(CourseFixtures.broken("several-defects"));

        assertThat(result.course()).isNull();
        assertThat(result.problems()).extracting(CourseProblem::toString).containsExactly(
                "course.yaml:7: 'passMark' must be from 1 to 100 (found 0)",
                "modules/01-first-module.md:19: unknown placeholder '{{organisation.mash}}' (known:"
                        + " {{organisation.name}}, {{organisation.safeguarding_lead}},"
                        + " {{organisation.safeguarding_lead_contact}}, {{organisation.deputy_safeguarding_lead}},"
                        + " {{organisation.mash_phone}}, {{organisation.out_of_hours_phone}},"
                        + " {{organisation.police_non_emergency}})",
                "modules/01-first-module.md:22: unsafe HTML <script> is not allowed",
                "modules/02-second-module.md:8: page 'Out of hours' has no 'Sources:' line: the line right after"
                        + " the heading must name its sources, like 'Sources: id, id'",
                "questions.yaml:8: question 'first-01' has no correct option: mark at least one with"
                        + " 'correct: true'");
    }

    @Test
    void aFolderThatDoesNotExistIsAProblemNotAnException() {
        CourseReadResult result = reader.read(Path.of("no/such/course"));

        assertThat(result.course()).isNull();
        assertThat(result.contentHash()).isNull();
        assertThat(result.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).isEqualTo("course folder not found"));
    }
}
