package uk.safeguarding.training.authoring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.safeguarding.training.course.ScenarioDefinition;
import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioChoice;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioEnding;
import uk.safeguarding.training.course.ScenarioDefinition.ScenarioNode;

/**
 * A scenario's graph as SVG, drawn on the server so no diagram library reaches the browser: nodes in rows by their
 * distance from the start, endings in the last row (labelled with their outcome, not told apart by colour alone),
 * one arrow per choice labelled with its number; a choice that leads back up (a loop) is drawn as a curve.
 * Unreachable nodes go in a row of their own at the bottom. Pure, for any scenario however unfinished.
 */
public final class ScenarioGraphSvg {

    private static final int BOX_WIDTH = 170;
    private static final int BOX_HEIGHT = 44;
    private static final int GAP_X = 30;
    private static final int GAP_Y = 70;
    private static final int MARGIN = 20;

    private ScenarioGraphSvg() {
    }

    public static String draw(ScenarioDefinition scenario) {
        Map<String, int[]> at = layout(scenario);
        int width = at.values().stream().mapToInt(p -> p[0]).max().orElse(0) + BOX_WIDTH + MARGIN;
        int height = at.values().stream().mapToInt(p -> p[1]).max().orElse(0) + BOX_HEIGHT + MARGIN;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"scenario-graph\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" aria-label=\"").append(escape("Graph of " + text(scenario.title()) + ": "
                        + scenario.nodes().size() + " nodes, " + scenario.endings().size() + " endings"))
                .append("\"><defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                        + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker>"
                        + "</defs>");
        for (ScenarioNode node : scenario.nodes()) {
            int[] from = at.get(node.id());
            if (from == null) {
                continue;
            }
            for (int c = 0; c < node.choices().size(); c++) {
                int[] to = at.get(node.choices().get(c).next());
                if (to != null) {
                    edge(svg, from, to, c + 1);
                }
            }
        }
        for (ScenarioNode node : scenario.nodes()) {
            box(svg, at.get(node.id()), node.id(), "node" + (node == scenario.nodes().getFirst() ? " start" : ""),
                    node == scenario.nodes().getFirst() ? "start" : null);
        }
        for (ScenarioEnding ending : scenario.endings()) {
            EndingKind kind = ending.kind();
            box(svg, at.get(ending.id()), ending.id(), "ending " + (kind == null ? "unknown"
                    : kind.written()), kind == null ? "ending" : kind.written());
        }
        return svg.append("</svg>").toString();
    }

    private static Map<String, int[]> layout(ScenarioDefinition scenario) {
        Map<String, ScenarioNode> nodes = new LinkedHashMap<>();
        scenario.nodes().stream().filter(n -> n.id() != null).forEach(n -> nodes.putIfAbsent(n.id(), n));
        Map<String, Integer> depth = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        if (!scenario.nodes().isEmpty() && scenario.nodes().getFirst().id() != null) {
            depth.put(scenario.nodes().getFirst().id(), 0);
            queue.add(scenario.nodes().getFirst().id());
        }
        while (!queue.isEmpty()) {
            ScenarioNode node = nodes.get(queue.poll());
            for (ScenarioChoice choice : node.choices()) {
                if (choice.next() != null && nodes.containsKey(choice.next()) && !depth.containsKey(choice.next())) {
                    depth.put(choice.next(), depth.get(node.id()) + 1);
                    queue.add(choice.next());
                }
            }
        }
        int rows = depth.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int row = r;
            grid.add(depth.entrySet().stream().filter(e -> e.getValue() == row).map(Map.Entry::getKey).toList());
        }
        grid.add(scenario.endings().stream().map(ScenarioEnding::id).filter(id -> id != null && !nodes.containsKey(id))
                .distinct().toList());
        List<String> unreachable = nodes.keySet().stream().filter(id -> !depth.containsKey(id)).toList();
        if (!unreachable.isEmpty()) {
            grid.add(unreachable);
        }
        Map<String, int[]> at = new LinkedHashMap<>();
        for (int r = 0; r < grid.size(); r++) {
            for (int c = 0; c < grid.get(r).size(); c++) {
                at.putIfAbsent(grid.get(r).get(c), new int[] {MARGIN + c * (BOX_WIDTH + GAP_X),
                        MARGIN + r * (BOX_HEIGHT + GAP_Y)});
            }
        }
        return at;
    }

    private static void edge(StringBuilder svg, int[] from, int[] to, int number) {
        int x1 = from[0] + BOX_WIDTH / 2 + (number - 2) * 12;
        int y1 = from[1] + BOX_HEIGHT;
        int x2 = to[0] + BOX_WIDTH / 2;
        int y2 = to[1];
        String path;
        if (to[1] > from[1]) {
            path = "M" + x1 + "," + y1 + " L" + x2 + "," + y2;
        } else {
            // Back to the same row or up: curve round the right-hand side so the arrow stays visible.
            int side = Math.max(from[0], to[0]) + BOX_WIDTH + GAP_X / 2 + number * 4;
            path = "M" + (from[0] + BOX_WIDTH) + "," + (from[1] + BOX_HEIGHT / 2) + " C" + side + "," + from[1] + " "
                    + side + "," + (to[1] + BOX_HEIGHT) + " " + (to[0] + BOX_WIDTH) + "," + (to[1] + BOX_HEIGHT / 2);
        }
        svg.append("<path class=\"choice\" fill=\"none\" stroke=\"#444\" marker-end=\"url(#arrow)\" d=\"")
                .append(path).append("\"/>");
        svg.append("<text class=\"choice-number\" font-size=\"12\" x=\"").append((x1 + x2) / 2 + 4).append("\" y=\"")
                .append((y1 + y2) / 2).append("\">").append(number).append("</text>");
    }

    private static void box(StringBuilder svg, int[] at, String id, String cssClass, String tag) {
        if (at == null) {
            return;
        }
        String fill = cssClass.contains("good") ? "#d8f0df" : cssClass.contains("harmful") ? "#f8dcda"
                : cssClass.contains("acceptable") ? "#fbefcf" : "#ffffff";
        svg.append("<g class=\"").append(cssClass).append("\"><rect x=\"").append(at[0]).append("\" y=\"")
                .append(at[1]).append("\" width=\"").append(BOX_WIDTH).append("\" height=\"").append(BOX_HEIGHT)
                .append("\" rx=\"6\" fill=\"").append(fill).append("\" stroke=\"#333\"/>");
        svg.append("<text font-size=\"13\" x=\"").append(at[0] + 8).append("\" y=\"").append(at[1] + 18).append("\">")
                .append(escape(shorten(text(id)))).append("</text>");
        if (tag != null) {
            svg.append("<text font-size=\"11\" x=\"").append(at[0] + 8).append("\" y=\"").append(at[1] + 35)
                    .append("\">").append(escape(tag.toUpperCase(Locale.ROOT))).append("</text>");
        }
        svg.append("</g>");
    }

    private static String text(String value) {
        return value == null ? "(no id)" : value;
    }

    private static String shorten(String value) {
        return value.length() <= 22 ? value : value.substring(0, 21) + "…";
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
