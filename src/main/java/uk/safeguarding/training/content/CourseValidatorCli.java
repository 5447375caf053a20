package uk.safeguarding.training.content;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import uk.safeguarding.training.course.CourseDefinition;

/**
 * {@code validate <folder>}: checks a course folder without starting the application, for authors and CI.
 * Problems go to stderr as {@code file:line: message}, the way compilers print them, so editors can jump to
 * them. Exit code 0 when valid, 1 when not, 2 for a usage error.
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
        out.println("OK: " + course.id() + ", " + course.modules().size() + " modules, " + course.totalPages()
                + " pages, " + course.questions().size() + " questions, " + course.knowledgeChecks().size()
                + " knowledge checks");
        return 0;
    }
}
