package uk.safeguarding.training.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseValidatorCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CourseValidatorCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aValidCourseExitsZeroWithASummary() {
        int status = run("validate", CourseFixtures.minimal().toString());

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("OK: minimal-course, 2 modules, 3 pages, 2 questions, 2 knowledge checks");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anInvalidCourseExitsOneAndPrintsEachProblemLikeACompiler() {
        int status = run("validate", CourseFixtures.broken("several-defects").toString());

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .contains("course.yaml:7: 'passMark' must be from 1 to 100 (found 0)",
                        "modules/01-first-module.md:22: unsafe HTML <script> is not allowed")
                .last().asString().startsWith("5 problems in ");
    }

    @Test
    void assessmentQualityWarningsArePrintedWithASummaryAndDoNotFailTheRun(@TempDir Path dir) {
        QuestionsYamlBuilder bank = new QuestionsYamlBuilder()
                .question("The scene 1.", "Which are signs? Select all that apply.",
                        QuestionsYamlBuilder.right("Gifts"), QuestionsYamlBuilder.right("Going missing"),
                        QuestionsYamlBuilder.wrong("Good attendance"))
                .question("The scene 2.", "What next?", QuestionsYamlBuilder.right("Tell the lead"),
                        QuestionsYamlBuilder.wrong("Wait"))
                .check("The check 1.", "Who?", QuestionsYamlBuilder.right("The lead"), QuestionsYamlBuilder.wrong("Nobody"))
                .check("The check 2.", "Who?", QuestionsYamlBuilder.right("The duty team"),
                        QuestionsYamlBuilder.wrong("The office"));

        int status = run("validate", bank.writeCourse(dir).toString());

        assertThat(status).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "questions.yaml:" + QuestionsYamlBuilder.lineOf(bank.yaml(), "Select all") + ": warning: question 'q-1':"
                        + " the prompt says 'Select all that apply', which the app already shows ('(choose all that"
                        + " apply)'); remove it [duplicate instruction]",
                "1 assessment-quality warning (duplicate instruction 1); see docs/course-format.md, Quality warnings",
                "OK: minimal-course, 2 modules, 3 pages, 2 questions, 2 knowledge checks");
    }

    @Test
    void aUsageErrorExitsTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("check", "courses/x")).isEqualTo(2);
        assertThat(run("validate", "no/such/folder")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: validate <course folder>");
    }
}
