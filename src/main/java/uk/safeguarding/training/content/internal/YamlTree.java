package uk.safeguarding.training.content.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML document as a Jackson tree plus the line of every field and list item, keyed by JSON pointer
 * ({@code /questions/3/options/1/correct}). Jackson's own tree forgets where things were written, and an
 * author needs the line; so the tree is built here from the streaming parser, one token at a time.
 */
final class YamlTree {

    private static final YAMLMapper MAPPER = YAMLMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;
    private final int firstLine;
    private final int rootLine;
    private final Problems problems;
    private final Map<String, Integer> lines = new HashMap<>();
    private JsonNode root;

    private YamlTree(String file, int firstLine, int rootLine, Problems problems) {
        this.file = file;
        this.firstLine = firstLine;
        this.rootLine = rootLine;
        this.problems = problems;
    }

    /**
     * Parses one YAML document.
     *
     * @param firstLine line in the file on which {@code text} starts (front matter starts on line 2)
     * @param rootLine  line reported for a field missing at the top level (0: the whole file)
     * @return empty after a syntax error, which is reported with its line
     */
    static Optional<YamlTree> parse(String file, String text, int firstLine, int rootLine, Problems problems) {
        YamlTree tree = new YamlTree(file, firstLine, rootLine, problems);
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonToken first = parser.nextToken();
            tree.root = first == null ? NODES.objectNode() : tree.read(parser, "");
            return Optional.of(tree);
        } catch (JacksonException e) {
            problems.add(file, tree.syntaxErrorLine(e), "YAML syntax error: " + describe(e));
            return Optional.empty();
        }
    }

    JsonNode root() {
        return root;
    }

    String file() {
        return file;
    }

    Problems problems() {
        return problems;
    }

    /** Line of the field or item at {@code pointer}; for something missing, the line of its nearest parent. */
    int line(String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return rootLine;
    }

    static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    private JsonNode read(JsonParser parser, String pointer) {
        return switch (parser.currentToken()) {
            case START_OBJECT -> readObject(parser, pointer);
            case START_ARRAY -> readArray(parser, pointer);
            case VALUE_STRING, VALUE_EMBEDDED_OBJECT -> NODES.stringNode(parser.getString());
            case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            default -> NODES.nullNode();
        };
    }

    private ObjectNode readObject(JsonParser parser, String pointer) {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            String at = child(pointer, name);
            int line = lineOf(parser);
            parser.nextToken();
            JsonNode value = read(parser, at);
            if (object.has(name)) {
                // Jackson would silently keep the last one; a repeated key is almost always a paste mistake.
                problems.add(file, line, "field '" + name + "' appears twice (first on line " + lines.get(at) + ")");
            } else {
                object.set(name, value);
                lines.put(at, line);
            }
        }
        return object;
    }

    private ArrayNode readArray(JsonParser parser, String pointer) {
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String at = child(pointer, index++);
            lines.put(at, lineOf(parser));
            array.add(read(parser, at));
        }
        return array;
    }

    private int lineOf(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr() + firstLine - 1;
    }

    private int syntaxErrorLine(JacksonException e) {
        // SnakeYAML's problem mark points at the offending character; Jackson's location is often a line early.
        Optional<Mark> mark = markedCause(e).flatMap(m -> m.getProblemMark().or(m::getContextMark));
        if (mark.isPresent()) {
            return mark.get().getLine() + firstLine;
        }
        return e.getLocation() == null ? rootLine : e.getLocation().getLineNr() + firstLine - 1;
    }

    private static String describe(JacksonException e) {
        return markedCause(e)
                .map(m -> m.getProblem() == null || m.getProblem().isBlank() ? m.getContext() : m.getProblem())
                .orElseGet(() -> firstLineOf(e.getOriginalMessage()))
                .replace("'\\t(TAB)'", "a tab").replace("\\t(TAB)", "tabs")
                .strip();
    }

    private static Optional<MarkedYamlEngineException> markedCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYamlEngineException marked) {
                return Optional.of(marked);
            }
        }
        return Optional.empty();
    }

    private static String firstLineOf(String message) {
        if (message == null) {
            return "unreadable YAML";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
