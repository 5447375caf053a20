package uk.safeguarding.training.content.internal;

import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Typed, line-aware reading of one YAML mapping. Each getter reports what is wrong (missing, empty, wrong type,
 * out of range) and returns null or a default instead of throwing, so reading carries on and every problem in a
 * file is reported in one run.
 */
final class YamlObject {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final YamlTree tree;
    private final String pointer;
    private final JsonNode node;
    private final String label;

    private YamlObject(YamlTree tree, String pointer, JsonNode node, String label) {
        this.tree = tree;
        this.pointer = pointer;
        this.node = node;
        this.label = label;
    }

    /** The document's top level, which must be a mapping of fields. */
    static Optional<YamlObject> root(YamlTree tree) {
        if (!tree.root().isObject()) {
            tree.problems().add(tree.file(), tree.line(""),
                    "the file must be a set of fields such as 'id: ...', not a " + kind(tree.root()));
            return Optional.empty();
        }
        return Optional.of(new YamlObject(tree, "", tree.root(), null));
    }

    /** The same mapping, with messages prefixed by {@code label} (e.g. "question 'what-01'"). */
    YamlObject labelled(String newLabel) {
        return new YamlObject(tree, pointer, node, newLabel);
    }

    String label() {
        return label;
    }

    int line() {
        return tree.line(pointer);
    }

    int line(String field) {
        return tree.line(YamlTree.child(pointer, field));
    }

    boolean has(String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    void problem(int line, String message) {
        tree.problems().add(tree.file(), line, (label == null ? "" : label + ": ") + message);
    }

    /** A problem phrased as a sentence about the labelled thing: "question 'x' has no correct option". */
    void fact(int line, String predicate) {
        tree.problems().add(tree.file(), line, (label == null ? "" : label + " ") + predicate);
    }

    /** The field as text when it is plain non-empty text, without reporting anything otherwise. */
    String peekText(String field) {
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() && !value.isNull() && !value.asString().isBlank()
                ? value.asString().strip() : null;
    }

    /** Required text; numbers and booleans count as text, since YAML authors rarely quote a title like 1984. */
    String text(String field) {
        JsonNode value = present(field);
        if (value == null) {
            return null;
        }
        if (!value.isValueNode()) {
            problem(line(field), "'" + field + "' must be text, not a " + kind(value));
            return null;
        }
        String text = value.asString().strip();
        if (text.isEmpty()) {
            problem(line(field), "'" + field + "' is empty");
            return null;
        }
        return text;
    }

    String optionalText(String field) {
        return has(field) ? text(field) : null;
    }

    /**
     * An optional calendar date written as YYYY-MM-DD (how YAML and ISO 8601 write dates, and unambiguous between
     * UK and US readers); null when absent or wrong, which is reported.
     */
    LocalDate optionalDate(String field) {
        String text = optionalText(field);
        if (text == null) {
            return null;
        }
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            problem(line(field), "'" + field + "' must be a date written as YYYY-MM-DD, e.g. 2026-11-29 (found '"
                    + text + "')");
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(line(field), "'" + field + "' is not a date in the calendar (found '" + text + "')");
            return null;
        }
    }

    /** Required id: lower-case letters, digits and hyphens, because ids end up in URLs and file names. */
    String id(String field) {
        String id = text(field);
        if (id != null && !ID.matcher(id).matches()) {
            problem(line(field), "'" + field + "' must use only lower-case letters, digits and single hyphens"
                    + " (found '" + id + "')");
        }
        return id;
    }

    /** Required whole number in {@code [min, max]}; null when missing or invalid. */
    Integer integer(String field, int min, int max) {
        JsonNode value = present(field);
        return value == null ? null : checkedInt(field, value, min, max);
    }

    int optionalInteger(String field, int min, int max, int fallback) {
        if (!has(field)) {
            return fallback;
        }
        Integer value = checkedInt(field, node.get(field), min, max);
        return value == null ? fallback : value;
    }

    boolean optionalBoolean(String field, boolean fallback) {
        if (!has(field)) {
            return fallback;
        }
        JsonNode value = node.get(field);
        if (!value.isBoolean()) {
            problem(line(field), "'" + field + "' must be true or false, not " + shown(value));
            return fallback;
        }
        return value.booleanValue();
    }

    /** A list of plain texts, each with its line; {@code atLeastOne} also rejects an empty list. */
    List<Located<String>> texts(String field, boolean required, boolean atLeastOne) {
        List<Located<String>> result = new ArrayList<>();
        JsonNode list = list(field, required, atLeastOne);
        for (int i = 0; list != null && i < list.size(); i++) {
            JsonNode item = list.get(i);
            int itemLine = tree.line(YamlTree.child(YamlTree.child(pointer, field), i));
            if (!item.isValueNode() || item.isNull() || item.asString().isBlank()) {
                problem(itemLine, "item " + (i + 1) + " of '" + field + "' must be text, not " + shown(item));
            } else {
                result.add(new Located<>(item.asString().strip(), itemLine));
            }
        }
        return result;
    }

    /** A list of mappings; items that are not mappings are reported and left out. */
    List<YamlObject> objects(String field, boolean required, boolean atLeastOne) {
        List<YamlObject> result = new ArrayList<>();
        JsonNode list = list(field, required, atLeastOne);
        for (int i = 0; list != null && i < list.size(); i++) {
            String at = YamlTree.child(YamlTree.child(pointer, field), i);
            if (!list.get(i).isObject()) {
                problem(tree.line(at), "item " + (i + 1) + " of '" + field
                        + "' must be a set of fields such as 'id: ...', not " + shown(list.get(i)));
            } else {
                result.add(new YamlObject(tree, at, list.get(i), label));
            }
        }
        return result;
    }

    Optional<YamlObject> optionalObject(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        if (!value.isObject()) {
            problem(line(field), "'" + field + "' must be a set of fields, not " + shown(value));
            return Optional.empty();
        }
        return Optional.of(new YamlObject(tree, YamlTree.child(pointer, field), value, label));
    }

    /** A typo must not silently drop content, so any field not in {@code known} is an error. */
    void rejectUnknown(List<String> known) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                String hint = known.stream().filter(k -> Spelling.close(k, name)).findFirst()
                        .map(k -> "did you mean '" + k + "'? ").orElse("");
                problem(line(name), "unknown field '" + name + "' (" + hint + "known: " + String.join(", ", known)
                        + ")");
            }
        }
    }

    private JsonNode present(String field) {
        if (!node.has(field)) {
            problem(line(), "missing required field '" + field + "'");
            return null;
        }
        if (node.get(field).isNull()) {
            problem(line(field), "'" + field + "' is empty");
            return null;
        }
        return node.get(field);
    }

    private JsonNode list(String field, boolean required, boolean atLeastOne) {
        if (!required && !has(field)) {
            return null;
        }
        JsonNode value = present(field);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            problem(line(field), "'" + field + "' must be a list (items starting with '- '), not " + shown(value));
            return null;
        }
        if (atLeastOne && value.isEmpty()) {
            problem(line(field), "'" + field + "' must list at least one item");
        }
        return value;
    }

    private Integer checkedInt(String field, JsonNode value, int min, int max) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(line(field), "'" + field + "' must be a whole number, not " + shown(value));
            return null;
        }
        int number = value.intValue();
        if (number < min || number > max) {
            String range = max == Integer.MAX_VALUE ? "at least " + min : "from " + min + " to " + max;
            problem(line(field), "'" + field + "' must be " + range + " (found " + number + ")");
            return null;
        }
        return number;
    }

    private static String shown(JsonNode value) {
        return value.isValueNode() && !value.isNull() ? "'" + value.asString() + "'" : "a " + kind(value);
    }

    private static String kind(JsonNode value) {
        if (value.isArray()) {
            return "list";
        }
        if (value.isObject()) {
            return "set of fields";
        }
        return value.isNull() ? "empty value" : "single value";
    }
}
