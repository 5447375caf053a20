package uk.safeguarding.training.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.safeguarding.training.course.AttemptPolicy;
import uk.safeguarding.training.course.CourseCatalog;

/**
 * The demo profile starts with a course whose attempt policy forbids a retake straight after failing (one attempt,
 * and a wait): the demo history keeps the policy instead of failing start-up. Before the fix, the demo failed one
 * attempt and immediately started another, which the policy refuses, and the application did not start.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class DemoAttemptPolicyIT {

    private static final Path COURSES = Path.of("target", "demo-attempt-policy-it", UUID.randomUUID().toString())
            .toAbsolutePath();

    @DynamicPropertySource
    static void coursesWithAStrictAttemptPolicy(DynamicPropertyRegistry registry) {
        registry.add("training.content.courses-directory", () -> {
            Path course = copy(Path.of("courses", "cse-awareness"), COURSES.resolve("cse-awareness"));
            withAttemptPolicy(course.resolve("course.yaml"), 1, 30);
            return COURSES.toString();
        });
    }

    @Autowired
    CourseCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demo_history_keeps_a_single_attempt_with_a_wait() {
        var course = catalog.definition(catalog.newest("cse-awareness").orElseThrow().versionId());
        assertThat(course.attemptPolicy()).isEqualTo(new AttemptPolicy(1, 30));

        List<Map<String, Object>> attempts = jdbc.queryForList("""
                select a.number, a.passed from attempt a
                  join enrolment e on e.id = a.enrolment_id
                  join user_account u on u.id = e.user_id
                 where u.email = 'aisha.khan@demo.test' order by a.number""");
        assertThat(attempts).hasSize(1);
        assertThat(attempts.getFirst()).containsEntry("PASSED", true);
        Boolean completed = jdbc.queryForObject("""
                select e.completed_at is not null from enrolment e join user_account u on u.id = e.user_id
                 where u.email = 'aisha.khan@demo.test'""", Boolean.class);
        assertThat(completed).isTrue();
    }

    /** Sets the policy whether or not course.yaml already has one, so the test follows the shipped file as it changes. */
    private static void withAttemptPolicy(Path courseYaml, int maxAttempts, int waitMinutes) {
        try {
            String yaml = Files.readString(courseYaml)
                    .replaceAll("(?m)^attemptPolicy:\\s*\\n(?:[ \\t]+.*\\n?)*", "");
            Files.writeString(courseYaml, yaml.stripTrailing() + "\nattemptPolicy:\n  maxAttempts: " + maxAttempts
                    + "\n  waitMinutes: " + waitMinutes + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copy(Path source, Path target) {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
