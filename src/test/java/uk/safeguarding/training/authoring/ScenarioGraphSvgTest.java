package uk.safeguarding.training.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import uk.safeguarding.training.content.CourseFolderReader;
import uk.safeguarding.training.course.ScenarioDefinition;
import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioChoice;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioEnding;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioNode;

/** The server-drawn graph: well-formed SVG with one box per node and ending, one arrow per choice, text escaped. */
class ScenarioGraphSvgTest {

    @Test
    void every_shipped_scenario_draws_one_box_per_step_and_one_arrow_per_choice() throws Exception {
        for (ScenarioDefinition scenario : new CourseFolderReader().read(Path.of("courses/cse-awareness")).course()
                .scenarios()) {
            Document svg = parse(ScenarioGraphSvg.draw(scenario));
            int choices = scenario.nodes().stream().mapToInt(n -> n.choices().size()).sum();

            assertThat(svg.getElementsByTagName("rect").getLength()).as(scenario.id())
                    .isEqualTo(scenario.nodes().size() + scenario.endings().size());
            assertThat(svg.getElementsByTagName("path").getLength() - 1).as(scenario.id() + " arrows")
                    .isEqualTo(choices);
            assertThat(svg.getDocumentElement().getAttribute("aria-label")).startsWith("Graph of ");
        }
    }

    @Test
    void endings_say_their_outcome_in_words_and_ids_are_escaped() throws Exception {
        ScenarioDefinition scenario = new ScenarioDefinition("s", "A <b>bold</b> & risky title", List.of("a"),
                List.of(new ScenarioNode("start", "x", List.of(new ScenarioChoice("a", "good", 1, "f"),
                        new ScenarioChoice("b", "start", 0, "f")))),
                List.of(new ScenarioEnding("good", EndingKind.GOOD, "y", 1, "f")));

        String svg = ScenarioGraphSvg.draw(scenario);
        Document parsed = parse(svg);

        assertThat(svg).contains(">GOOD<", ">START<").doesNotContain("<b>");
        assertThat(parsed.getDocumentElement().getAttribute("aria-label")).contains("A <b>bold</b> & risky title");
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }
}
