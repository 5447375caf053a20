package uk.safeguarding.training.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safeguarding.training.content.CourseFolderReader;
import uk.safeguarding.training.content.CourseFolderWriter;
import uk.safeguarding.training.content.CoursePart;
import uk.safeguarding.training.content.CourseProblem;
import uk.safeguarding.training.content.CourseReadResult;
import uk.safeguarding.training.content.WrittenCourse;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.OptionDefinition;
import uk.safeguarding.training.course.PageDefinition;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.course.SourceDefinition;

/** The canonical writer: whatever the reader produced, writing and reading again gives the same course. */
class CourseFolderWriterTest {

    private final CourseFolderWriter writer = new CourseFolderWriter();

    @ParameterizedTest
    @ValueSource(strings = {"courses/cse-awareness", "src/test/resources/courses-valid/minimal",
            "src/test/resources/courses-valid/with-scenario"})
    void a_course_read_from_files_survives_writing_and_reading_again(String folder) {
        CourseDefinition course = read(Path.of(folder));

        CourseReadResult again = writer.write(course).files().read();

        assertThat(again.problems()).isEmpty();
        assertThat(again.course()).isEqualTo(course);
    }

    @Test
    void writing_twice_gives_the_same_bytes() {
        CourseDefinition course = read(Path.of("courses/cse-awareness"));
        assertThat(writer.write(course).files()).isEqualTo(writer.write(course).files());
    }

    @Test
    void awkward_text_in_every_field_comes_back_unchanged() {
        List<String> awkward = List.of("Yes", "no", "1984", "12:30", "2024-01-01", "- a list?", "# not a comment",
                "key: value", "ends with colon:", "a #hash", "'single' quotes", "\"double\" quotes", "back\\slash",
                "{{organisation.name}} first", "Call {{ organisation.mash_phone }} now", "[brackets], {braces}",
                "*stars* and _underscores_ `code` <b>tag</b> &amp; !", "Ünïcödé ✓ 🙂", "tab\tinside", "~", "null",
                "@at", "%percent", "&anchor", "*alias", "!tag", "|pipe", ">fold", "...", "---", "x\u2028y",
                "trailing #", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))");
        Random random = new Random(7);
        CourseDefinition base = read(Path.of("src/test/resources/courses-valid/minimal"));
        for (String text : awkward) {
            CourseDefinition course = withTextEverywhere(base, text + " " + random.nextInt(1000));
            CourseReadResult again = writer.write(course).files().read();
            assertThat(again.problems()).as(text).isEmpty();
            assertThat(again.course()).as(text).isEqualTo(course);
        }
    }

    @Test
    void each_problem_points_at_the_part_that_was_written_there() {
        CourseDefinition base = read(Path.of("src/test/resources/courses-valid/minimal"));
        QuestionDefinition q = base.questions().get(1);
        List<OptionDefinition> options = new ArrayList<>(q.options());
        options.set(2, new OptionDefinition("Wait", false, ""));
        List<QuestionDefinition> questions = List.of(base.questions().get(0),
                new QuestionDefinition(q.id(), q.moduleId(), q.sourceId(), q.type(), q.scenario(), q.prompt(), options));
        ModuleDefinition module = base.modules().get(1);
        ModuleDefinition broken = new ModuleDefinition(module.id(), module.title(), module.objectives(),
                module.sourceIds(), List.of(module.pages().get(0), new PageDefinition("Second", List.of("source-b"),
                "Fine line.\n\n<script>alert(1)</script>")));
        CourseDefinition course = new CourseDefinition(base.id(), "", base.summary(), base.audience(),
                base.estimatedMinutes(), 0, base.questionsPerAttempt(), base.validityMonths(), base.attemptPolicy(),
                base.sources(), List.of(base.modules().get(0), broken), questions, base.knowledgeChecks(), base.assets());

        WrittenCourse written = writer.write(course);
        CourseReadResult result = written.files().read();

        assertThat(result.problems()).extracting(p -> written.locate(p.file(), p.line()).orElseThrow().part())
                .containsExactlyInAnyOrder(CoursePart.course("title"), CoursePart.course("passMark"),
                        new CoursePart(CoursePart.Kind.PAGE, 1, 1, "markdown"),
                        new CoursePart(CoursePart.Kind.QUESTION, 1, 2, "feedback"));
        CourseProblem script = result.problems().stream().filter(p -> p.message().contains("script")).findFirst()
                .orElseThrow();
        assertThat(written.locate(script.file(), script.line()).orElseThrow().lineInPart()).isEqualTo(3);
    }

    private static CourseDefinition withTextEverywhere(CourseDefinition c, String text) {
        List<ModuleDefinition> modules = c.modules().stream().map(m -> new ModuleDefinition(m.id(), text,
                List.of(text, m.objectives().getFirst()), m.sourceIds(), m.pages().stream()
                .map(p -> new PageDefinition(text, p.sourceIds(), p.markdown())).toList())).toList();
        List<SourceDefinition> sources = c.sources().stream()
                .map(s -> new SourceDefinition(s.id(), text, text, s.url())).toList();
        return new CourseDefinition(c.id(), text, text, text, c.estimatedMinutes(), c.passMark(),
                c.questionsPerAttempt(), c.validityMonths(), c.attemptPolicy(), sources, modules,
                c.questions().stream().map(q -> everywhere(q, text)).toList(),
                c.knowledgeChecks().stream().map(q -> everywhere(q, text)).toList(), c.assets());
    }

    private static QuestionDefinition everywhere(QuestionDefinition q, String text) {
        return new QuestionDefinition(q.id(), q.moduleId(), q.sourceId(), q.type(), text, text, q.options().stream()
                .map(o -> new OptionDefinition(o.text() + " " + text, o.correct(), text)).toList());
    }

    static CourseDefinition read(Path folder) {
        CourseReadResult result = new CourseFolderReader().read(folder);
        assertThat(result.problems()).isEmpty();
        return result.course();
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
