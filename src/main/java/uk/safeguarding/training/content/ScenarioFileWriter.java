package uk.safeguarding.training.content;

import java.util.List;
import java.util.stream.Collectors;

import uk.safeguarding.training.content.CoursePart.Kind;
import uk.safeguarding.training.content.WrittenCourse.Region;
import uk.safeguarding.training.course.ScenarioDefinition;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioChoice;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioEnding;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioNode;

/** Writes one scenario in the canonical layout of {@link CourseFolderWriter}: reading it back gives the same scenario. */
final class ScenarioFileWriter {

    private ScenarioFileWriter() {
    }

    static byte[] write(String file, int index, ScenarioDefinition scenario, List<Region> regions) {
        CoursePart part = CoursePart.of(Kind.SCENARIO, index);
        CourseFolderWriter.Lines out = new CourseFolderWriter.Lines(file, regions, part);
        out.field("", "title", YamlScalars.block(scenario.title()), part.field("title"));
        out.field("", "sources", scenario.sourceIds().stream().map(YamlScalars::flowItem)
                .collect(Collectors.joining(", ", "[", "]")), part.field("sources"));
        out.list("nodes", scenario.nodes().isEmpty(), part.field("nodes"));
        for (int n = 0; n < scenario.nodes().size(); n++) {
            ScenarioNode node = scenario.nodes().get(n);
            CoursePart nodePart = new CoursePart(Kind.SCENARIO_NODE, index, n, null);
            int from = out.next();
            out.line("  - id: " + YamlScalars.block(node.id()));
            out.field("    ", "text", YamlScalars.block(node.text()), nodePart.field("text"));
            out.list("    choices", node.choices().isEmpty(), nodePart.field("choices"));
            for (ScenarioChoice choice : node.choices()) {
                out.line("      - text: " + YamlScalars.block(choice.text()));
                out.field("        ", "next", YamlScalars.block(choice.next()), nodePart.field("next"));
                out.field("        ", "score", score(choice.score()), nodePart.field("score"));
                out.field("        ", "feedback", YamlScalars.block(choice.feedback()), nodePart.field("feedback"));
            }
            out.region(from, nodePart);
        }
        out.list("endings", scenario.endings().isEmpty(), part.field("endings"));
        for (int e = 0; e < scenario.endings().size(); e++) {
            ScenarioEnding ending = scenario.endings().get(e);
            CoursePart endingPart = new CoursePart(Kind.SCENARIO_ENDING, index, e, null);
            int from = out.next();
            out.line("  - id: " + YamlScalars.block(ending.id()));
            out.field("    ", "outcome", ending.kind() == null ? "\"\"" : ending.kind().written(),
                    endingPart.field("outcome"));
            out.field("    ", "score", score(ending.score()), endingPart.field("score"));
            out.field("    ", "text", YamlScalars.block(ending.text()), endingPart.field("text"));
            out.field("    ", "feedback", YamlScalars.block(ending.feedback()), endingPart.field("feedback"));
            out.region(from, endingPart);
        }
        return out.bytes();
    }

    // A missing score is written empty, so the reader reports it with its own message.
    private static String score(Integer score) {
        return score == null ? "" : String.valueOf(score);
    }
}
