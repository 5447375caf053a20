package uk.safeguarding.training.content.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import uk.safeguarding.training.course.ScenarioDefinition;
import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioChoice;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioEnding;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioNode;
import uk.safeguarding.training.course.ScenarioGraph;

/**
 * Reads one scenarios/NN-name.yaml file and checks its graph: every node and ending reachable from the first node,
 * every node able to reach an ending (so no loop traps the learner), no choice pointing nowhere, scores in range and
 * the sources cited. Situation and ending text is Markdown, checked like module pages.
 */
final class ScenarioFileReader {

    static final String FOLDER = "scenarios/";

    private static final List<String> FIELDS = List.of("title", "sources", "nodes", "endings");
    private static final List<String> NODE_FIELDS = List.of("id", "text", "choices");
    private static final List<String> CHOICE_FIELDS = List.of("text", "next", "score", "feedback");
    private static final List<String> ENDING_FIELDS = List.of("id", "outcome", "score", "text", "feedback");
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private final Set<String> sourceIds;
    private final Set<String> assets;
    private final Problems problems;
    private String[] lines = new String[0];

    /** {@code sourceIds} is null when course.yaml could not be read: then sources are not checked. */
    ScenarioFileReader(Set<String> sourceIds, Set<String> assets, Problems problems) {
        this.sourceIds = sourceIds;
        this.assets = assets;
        this.problems = problems;
    }

    static String file(String scenarioId) {
        return FOLDER + scenarioId + ".yaml";
    }

    /** Empty only when the file is not readable YAML; any other gap is reported and the course rejected. */
    Optional<ScenarioDefinition> read(String file, String scenarioId, String text) {
        PlaceholderCheck.check(file, text, 1, problems);
        lines = text.split("\n", -1);
        Optional<YamlObject> root = YamlTree.parse(file, text, 1, 0, problems).flatMap(YamlObject::root);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        YamlObject yaml = root.get();
        yaml.rejectUnknown(FIELDS);
        String title = yaml.text("title");
        List<Located<String>> sources = yaml.texts("sources", true, true);
        for (Located<String> id : sources) {
            if (sourceIds != null && !sourceIds.contains(id.value())) {
                yaml.problem(id.line(), "unknown source '" + id.value() + "': it is not in course.yaml sources (known: "
                        + String.join(", ", sourceIds.stream().sorted().toList()) + ")");
            }
        }
        Map<String, Integer> idLines = new HashMap<>();
        List<ScenarioNode> nodes = new ArrayList<>();
        List<Integer> nodeLines = new ArrayList<>();
        List<List<Integer>> nextLines = new ArrayList<>();
        List<YamlObject> nodeItems = yaml.objects("nodes", true, true);
        for (int i = 0; i < nodeItems.size(); i++) {
            YamlObject node = named(nodeItems.get(i), "node", i);
            nodeLines.add(node.line());
            List<Integer> lines = new ArrayList<>();
            nodes.add(node(file, node, idLines, lines));
            nextLines.add(lines);
        }
        List<ScenarioEnding> endings = new ArrayList<>();
        List<Integer> endingLines = new ArrayList<>();
        List<YamlObject> endingItems = yaml.objects("endings", true, true);
        for (int i = 0; i < endingItems.size(); i++) {
            YamlObject ending = named(endingItems.get(i), "ending", i);
            endingLines.add(ending.line());
            endings.add(ending(file, ending, idLines));
        }
        if (nodes.size() > ScenarioDefinition.MAX_NODES) {
            yaml.problem(yaml.line("nodes"), "a scenario has at most " + ScenarioDefinition.MAX_NODES
                    + " nodes (found " + nodes.size() + "): split it into two scenarios");
        }
        if (endings.size() > ScenarioDefinition.MAX_ENDINGS) {
            yaml.problem(yaml.line("endings"), "a scenario has at most " + ScenarioDefinition.MAX_ENDINGS
                    + " endings (found " + endings.size() + ")");
        }
        ScenarioDefinition scenario = new ScenarioDefinition(scenarioId, title,
                sources.stream().map(Located::value).toList(), nodes, endings);
        checkGraph(yaml, scenario, nodeLines, nextLines, endingLines);
        return Optional.of(scenario);
    }

    private static YamlObject named(YamlObject item, String kind, int index) {
        String id = item.peekText("id");
        return item.labelled(id == null ? kind + " " + (index + 1) : kind + " '" + id + "'");
    }

    private ScenarioNode node(String file, YamlObject node, Map<String, Integer> idLines, List<Integer> nextLines) {
        node.rejectUnknown(NODE_FIELDS);
        String id = uniqueId(node, idLines);
        String text = markdown(file, node);
        List<ScenarioChoice> choices = new ArrayList<>();
        List<YamlObject> items = node.objects("choices", true, false);
        for (int i = 0; i < items.size(); i++) {
            YamlObject choice = items.get(i).labelled(node.label() + ", choice " + (i + 1));
            choice.rejectUnknown(CHOICE_FIELDS);
            choices.add(new ScenarioChoice(choice.text("text"), choice.text("next"), score(choice),
                    choice.text("feedback")));
            nextLines.add(choice.has("next") ? choice.line("next") : choice.line());
        }
        if (node.has("choices") && (items.size() < ScenarioDefinition.MIN_CHOICES
                || items.size() > ScenarioDefinition.MAX_CHOICES)) {
            node.fact(node.line("choices"), "has " + items.size() + " choice" + (items.size() == 1 ? "" : "s")
                    + "; give it " + ScenarioDefinition.MIN_CHOICES + " to " + ScenarioDefinition.MAX_CHOICES);
        }
        return new ScenarioNode(id, text, choices);
    }

    private ScenarioEnding ending(String file, YamlObject ending, Map<String, Integer> idLines) {
        ending.rejectUnknown(ENDING_FIELDS);
        String id = uniqueId(ending, idLines);
        EndingKind kind = null;
        String outcome = ending.text("outcome");
        if (outcome != null) {
            kind = switch (outcome) {
                case "good" -> EndingKind.GOOD;
                case "acceptable" -> EndingKind.ACCEPTABLE;
                case "harmful" -> EndingKind.HARMFUL;
                default -> {
                    ending.problem(ending.line("outcome"), "'outcome' must be good, acceptable or harmful (found '"
                            + outcome + "')");
                    yield null;
                }
            };
        }
        return new ScenarioEnding(id, kind, markdown(file, ending), score(ending), ending.text("feedback"));
    }

    private static String uniqueId(YamlObject item, Map<String, Integer> idLines) {
        String id = item.id("id");
        if (id != null && idLines.putIfAbsent(id, item.line("id")) != null) {
            item.problem(item.line("id"), "duplicate id '" + id + "' (already used on line " + idLines.get(id)
                    + "); ids must be unique across the scenario's nodes and endings");
        }
        return id;
    }

    private static Integer score(YamlObject item) {
        return item.integer("score", ScenarioDefinition.MIN_SCORE, ScenarioDefinition.MAX_SCORE);
    }

    private String markdown(String file, YamlObject item) {
        String text = item.text("text");
        if (text != null) {
            new MarkdownChecks(file, textStart(item.line("text")), assets, problems).check(PARSER.parse(text));
        }
        return text;
    }

    /** A block scalar ('text: >' or 'text: |') starts on the line after its key; a plain one on the key's line. */
    private int textStart(int keyLine) {
        if (keyLine < 1 || keyLine > lines.length) {
            return keyLine;
        }
        String line = lines[keyLine - 1];
        String value = line.substring(line.indexOf(':') + 1).strip();
        return value.startsWith(">") || value.startsWith("|") ? keyLine + 1 : keyLine;
    }

    private static void checkGraph(YamlObject yaml, ScenarioDefinition scenario, List<Integer> nodeLines,
                                   List<List<Integer>> nextLines, List<Integer> endingLines) {
        ScenarioGraph graph = new ScenarioGraph(scenario);
        for (int n = 0; n < scenario.nodes().size(); n++) {
            ScenarioNode node = scenario.nodes().get(n);
            for (int c = 0; c < node.choices().size(); c++) {
                String next = node.choices().get(c).next();
                if (next != null && !graph.exists(next)) {
                    yaml.problem(nextLines.get(n).get(c), "choice " + (c + 1) + " of node '" + node.id()
                            + "' leads to '" + next + "', which is neither a node nor an ending of this scenario");
                }
            }
        }
        if (scenario.nodes().isEmpty() || scenario.nodes().get(0).id() == null) {
            return;
        }
        Set<String> reachable = graph.reachable();
        for (int n = 1; n < scenario.nodes().size(); n++) {
            String id = scenario.nodes().get(n).id();
            if (id != null && !reachable.contains(id)) {
                yaml.problem(nodeLines.get(n), "node '" + id + "' is never reached: no choice on a path from the"
                        + " first node ('" + scenario.nodes().get(0).id() + "') leads to it");
            }
        }
        for (int e = 0; e < scenario.endings().size(); e++) {
            String id = scenario.endings().get(e).id();
            if (id != null && !reachable.contains(id)) {
                yaml.problem(endingLines.get(e), "ending '" + id + "' is never reached: no choice on a path from the"
                        + " first node leads to it");
            }
        }
        Set<String> stuck = graph.cannotEnd();
        stuck.retainAll(reachable);
        Set<String> looping = graph.onLoop(stuck);
        for (int n = 0; n < scenario.nodes().size(); n++) {
            String id = scenario.nodes().get(n).id();
            if (looping.contains(id)) {
                yaml.problem(nodeLines.get(n), "node '" + id + "' is on a loop that no choice leaves ("
                        + String.join(", ", looping.stream().map(s -> "'" + s + "'").toList())
                        + "): every path must end, so give a node on the loop a choice that leads out of it");
            } else if (stuck.contains(id)) {
                yaml.problem(nodeLines.get(n), "node '" + id + "' never reaches an ending: every path from it must"
                        + " end, but its choices lead only into a loop that no choice leaves or to nothing");
            }
        }
        boolean good = scenario.endings().stream().anyMatch(e -> e.kind() == EndingKind.GOOD && reachable.contains(e.id()));
        if (!good && scenario.endings().stream().allMatch(e -> e.kind() != null)) {
            yaml.problem(yaml.has("endings") ? yaml.line("endings") : 0, "the scenario has no good ending a learner"
                    + " can reach: mark at least one reachable ending 'outcome: good'");
        }
    }
}
