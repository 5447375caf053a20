package uk.safeguarding.training.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.safeguarding.training.course.AttemptPolicy;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.PageDefinition;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.course.QuestionType;
import uk.safeguarding.training.course.SourceDefinition;

class CourseFolderReaderTest {

    private final CourseFolderReader reader = new CourseFolderReader();

    private CourseDefinition minimal() {
        CourseReadResult result = reader.read(CourseFixtures.minimal());
        assertThat(result.problems()).isEmpty();
        return result.course();
    }

    @Test
    void readsTheCourseDescriptor() {
        CourseDefinition course = minimal();

        assertThat(course.id()).isEqualTo("minimal-course");
        assertThat(course.title()).isEqualTo("Minimal course");
        assertThat(course.summary()).isEqualTo("A tiny course used by the tests.");
        assertThat(course.audience()).isEqualTo("People who write the tests.");
        assertThat(course.estimatedMinutes()).isEqualTo(10);
        assertThat(course.passMark()).isEqualTo(80);
        assertThat(course.questionsPerAttempt()).isEqualTo(2);
        assertThat(course.validityMonths()).isEqualTo(12);
        assertThat(course.attemptPolicy()).isEqualTo(new AttemptPolicy(3, 30));
        assertThat(course.sources()).containsExactly(
                new SourceDefinition("source-a", "Source A", "Publisher A", "https://example.org/a",
                        LocalDate.of(2026, 11, 28)),
                new SourceDefinition("source-b", "Source B", "Publisher B", null, null));
        assertThat(course.contentChecked()).isEqualTo(LocalDate.of(2026, 11, 29));
    }

    @Test
    void readsModulesInTheOrderOfCourseYamlWithTheirPages() {
        CourseDefinition course = minimal();

        assertThat(course.modules()).extracting(ModuleDefinition::id)
                .containsExactly("01-first-module", "02-second-module");
        ModuleDefinition first = course.modules().getFirst();
        assertThat(first.title()).isEqualTo("First module");
        assertThat(first.objectives()).containsExactly("Know who to tell", "Know how to reach them");
        assertThat(first.sourceIds()).containsExactly("source-a", "source-b");
        assertThat(first.pages()).extracting(PageDefinition::title)
                .containsExactly("Who to tell", "When the lead is away");
        assertThat(first.pages()).extracting(PageDefinition::sourceIds)
                .containsExactly(List.of("source-a"), List.of("source-a", "source-b"));
    }

    @Test
    void pageMarkdownIsTheBodyWithoutHeadingAndSourcesLineAndWithPlaceholdersUnfilled() {
        PageDefinition page = minimal().modules().getFirst().pages().getFirst();

        assertThat(page.markdown()).isEqualTo("""
                Tell {{organisation.safeguarding_lead}} the same day, on \
                {{ organisation.safeguarding_lead_contact }}.

                ![Flow chart: notice, record, tell the lead](assets/diagram.png)""");
    }

    @Test
    void readsQuestionsAndKnowledgeChecks() {
        CourseDefinition course = minimal();

        assertThat(course.questions()).extracting(QuestionDefinition::id).containsExactly("first-01", "second-01");
        assertThat(course.knowledgeChecks()).extracting(QuestionDefinition::id)
                .containsExactly("kc-first-01", "kc-second-01");
        QuestionDefinition first = course.questions().getFirst();
        assertThat(first.moduleId()).isEqualTo("01-first-module");
        assertThat(first.sourceId()).isEqualTo("source-a");
        assertThat(first.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(first.scenario()).isEqualTo("Amira, 14, tells you an older man gives her lifts and presents.");
        assertThat(first.prompt()).isEqualTo("What should you do?");
        assertThat(first.options().get(1).correct()).as("'correct' left out means wrong").isFalse();
        assertThat(first.options().get(1).feedback()).isEqualTo("Waiting leaves Amira at risk.");
        assertThat(first.correctOptionIndexes()).containsExactly(0);
        assertThat(course.questions().get(1).type()).isEqualTo(QuestionType.MULTIPLE);
        assertThat(course.questions().get(1).correctOptionIndexes()).containsExactly(0, 1);
    }

    @Test
    void readsAssetsWithTheirBytes() throws IOException {
        CourseDefinition course = minimal();

        assertThat(course.assets()).singleElement().satisfies(asset -> {
            assertThat(asset.path()).isEqualTo("assets/diagram.png");
            assertThat(asset.contentType()).isEqualTo("image/png");
            assertThat(asset.bytes())
                    .isEqualTo(Files.readAllBytes(CourseFixtures.minimal().resolve("assets/diagram.png")));
        });
    }

    @Test
    void helpersFindModulesSourcesAndCountPages() {
        CourseDefinition course = minimal();

        assertThat(course.module("02-second-module")).map(ModuleDefinition::title).contains("Second module");
        assertThat(course.module("03-none")).isEmpty();
        assertThat(course.source("source-b")).map(SourceDefinition::publisher).contains("Publisher B");
        assertThat(course.source("source-z")).isEmpty();
        assertThat(course.moduleIndex("01-first-module")).isZero();
        assertThat(course.moduleIndex("02-second-module")).isEqualTo(1);
        assertThat(course.moduleIndex("03-none")).isEqualTo(-1);
        assertThat(course.totalPages()).isEqualTo(3);
    }

    @Test
    void readingTheSameFolderTwiceGivesEqualCourses() {
        assertThat(minimal()).isEqualTo(minimal());
    }

    @Test
    void aFolderWithWindowsLineEndingsReadsTheSameCourse(@TempDir Path temp) throws IOException {
        Path copy = CourseFixtures.copyOfMinimal(temp);
        toCrlf(copy);

        CourseReadResult result = reader.read(copy);

        assertThat(result.problems()).isEmpty();
        assertThat(result.course()).isEqualTo(minimal());
    }

    @Test
    void problemsOfAFolderWithWindowsLineEndingsPointAtTheSameLines(@TempDir Path temp) throws IOException {
        Path copy = CourseFixtures.copyOfMinimal(temp);
        Path course = copy.resolve("course.yaml");
        Files.writeString(course, Files.readString(course).replace("passMark: 80", "passMark: 0"));
        toCrlf(copy);

        assertThat(reader.read(copy).problems()).extracting(CourseProblem::toString)
                .containsExactly("course.yaml:7: 'passMark' must be from 1 to 100 (found 0)");
    }

    static void toCrlf(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml"))
                    .toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Files.writeString(file, text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
            }
        }
    }
}
