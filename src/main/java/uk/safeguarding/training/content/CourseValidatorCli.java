package uk.safeguarding.training.content;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import uk.safeguarding.training.course.CourseDefinition;

/**
 * {@code validate <folder>}: checks a course folder without starting the application, for authors and CI.
 * Problems go to stderr as {@code file:line: message}, the way compilers print them, so editors can jump to
 * them. Exit code 0 when valid, 1 when not, 2 for a usage error. The assessment-quality warnings of a valid course
 * go to stdout as {@code file:line: warning: ...} with a count per kind; they never change the exit code, because
 * a course with a weak question is still better published than held back.
 */
public final class CourseValidatorCli {

    private CourseValidatorCli() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        // Only exit explicitly on failure: under `mvn exec:java` System.exit(0) would cut Maven short.
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2 || !args[0].equals("validate")) {
            err.println("usage: validate <course folder>   e.g. validate courses/cse-awareness");
            return 2;
        }
        Path folder = Path.of(args[1]);
        if (!Files.isDirectory(folder)) {
            err.println("not a folder: " + folder.toAbsolutePath());
            return 2;
        }
        CourseReadResult result = new CourseFolderReader().read(folder);
        if (!result.valid()) {
            result.problems().forEach(err::println);
            err.println(result.problems().size() + " problem" + (result.problems().size() == 1 ? "" : "s")
                    + " in " + folder);
            return 1;
        }
        CourseDefinition course = result.course();
        printWarnings(result.warnings(), out);
        out.println("OK: " + course.id() + ", " + course.modules().size() + " modules, " + course.totalPages()
                + " pages, " + course.questions().size() + " questions, " + course.knowledgeChecks().size()
                + " knowledge checks" + (course.scenarios().isEmpty() ? "" : ", " + course.scenarios().size()
                + " scenarios"));
        return 0;
    }

    private static void printWarnings(List<AssessmentWarning> warnings, PrintStream out) {
        if (warnings.isEmpty()) {
            return;
        }
        warnings.forEach(out::println);
        Map<AssessmentWarning.Kind, Long> byKind = new EnumMap<>(AssessmentWarning.Kind.class);
        warnings.forEach(w -> byKind.merge(w.kind(), 1L, Long::sum));
        out.println(warnings.size() + " assessment-quality warning" + (warnings.size() == 1 ? "" : "s") + " ("
                + byKind.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + "); see docs/course-format.md, Quality warnings");
    }
}
