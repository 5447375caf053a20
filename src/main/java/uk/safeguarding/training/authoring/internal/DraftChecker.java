package uk.safeguarding.training.authoring.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.safeguarding.training.authoring.DraftProblem;
import uk.safeguarding.training.content.CourseFolderWriter;
import uk.safeguarding.training.content.CoursePart;
import uk.safeguarding.training.content.CourseProblem;
import uk.safeguarding.training.content.CourseReadResult;
import uk.safeguarding.training.content.WrittenCourse;
import uk.safeguarding.training.course.CourseDefinition;

/**
 * Validates a draft with the course-file validator itself: the draft is written as a course folder and read back,
 * so the editor and the files can never disagree about what is valid or how a problem is worded.
 */
@Component
public class DraftChecker {

    private final CourseFolderWriter writer = new CourseFolderWriter();

    /** The written folder, what reading it gave, and every problem placed on the part of the draft it is about. */
    public record Checked(WrittenCourse written, CourseReadResult result, List<DraftProblem> problems) {

        public boolean publishable() {
            return problems.isEmpty() && result.valid();
        }
    }

    public Checked check(CourseDefinition draft) {
        WrittenCourse written = writer.write(draft);
        CourseReadResult result = written.files().read();
        List<DraftProblem> problems = new ArrayList<>();
        for (CourseProblem problem : result.problems()) {
            var location = written.locate(problem.file(), problem.line());
            problems.add(new DraftProblem(location.map(WrittenCourse.Location::part).orElse(null),
                    location.filter(l -> l.part().kind() == CoursePart.Kind.PAGE).map(WrittenCourse.Location::lineInPart)
                            .orElse(0), problem.file(), problem.line(), problem.message()));
        }
        if (result.valid()) {
            problems.addAll(pagesThatRunTogether(draft, result.course()));
        }
        return new Checked(written, result, List.copyOf(problems));
    }

    /**
     * A page's text may itself start a page (a line '# Heading', or an unclosed code block swallowing the next
     * heading); the folder is then valid but has other pages than the editor shows, so it is not published.
     */
    private static List<DraftProblem> pagesThatRunTogether(CourseDefinition draft, CourseDefinition read) {
        List<DraftProblem> problems = new ArrayList<>();
        for (int i = 0; i < draft.modules().size() && i < read.modules().size(); i++) {
            int drafted = draft.modules().get(i).pages().size();
            int written = read.modules().get(i).pages().size();
            if (drafted != written) {
                problems.add(new DraftProblem(CoursePart.of(CoursePart.Kind.MODULE, i), 0,
                        "modules/" + draft.modules().get(i).id() + ".md", 0, "the module has " + drafted
                        + " pages here but " + written + " when read as a file: a page's text starts a new page with"
                        + " a level-1 heading ('# ...' or a line underlined with '===') or leaves a code block open;"
                        + " use '##' for headings inside a page"));
            }
        }
        return problems;
    }
}
