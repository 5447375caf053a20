package uk.safeguarding.training.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

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
    void aUsageErrorExitsTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("check", "courses/x")).isEqualTo(2);
        assertThat(run("validate", "no/such/folder")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: validate <course folder>");
    }
}
