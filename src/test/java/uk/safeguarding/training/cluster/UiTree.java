package uk.safeguarding.training.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The browser side of Vaadin's state tree, as far as a simulated learner needs it: which element each node is,
 * its text, children, properties and the DOM events the server listens to. Built from the {@code changes} of each
 * UIDL response, exactly as Flow's client applies them (feature 0 element data, 1 properties, 2 children,
 * 3 attributes, 4 listeners, 7 text).
 */
final class UiTree {

    static final int ELEMENT_DATA = 0;
    static final int PROPERTIES = 1;
    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;
    static final int LISTENERS = 4;
    static final int TEXT = 7;
    /** Virtual children: attached to the DOM elsewhere (overlays, dialogs) but part of the view. */
    static final int VIRTUAL_CHILDREN = 24;

    static final class Node {
        final int id;
        String tag;
        String text;
        final List<Integer> children = new ArrayList<>();
        final List<Integer> virtualChildren = new ArrayList<>();
        final Map<String, JsonNode> properties = new HashMap<>();
        final Set<String> listeners = new HashSet<>();
        final Set<String> attributes = new HashSet<>();

        Node(int id) {
            this.id = id;
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    void apply(JsonNode changes) {
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString();
            if ("detach".equals(type)) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "put" -> put(node, feature, change.path("key").asString(), change.get("value"));
                case "remove" -> {
                    if (feature == PROPERTIES) {
                        node.properties.remove(change.path("key").asString());
                    } else if (feature == ATTRIBUTES) {
                        node.attributes.remove(change.path("key").asString());
                    } else if (feature == LISTENERS) {
                        node.listeners.remove(change.path("key").asString());
                    }
                }
                case "splice" -> {
                    if (feature == CHILDREN || feature == VIRTUAL_CHILDREN) {
                        List<Integer> list = feature == CHILDREN ? node.children : node.virtualChildren;
                        int index = change.path("index").asInt();
                        int remove = change.path("remove").asInt(0);
                        for (int i = 0; i < remove && index < list.size(); i++) {
                            list.remove(index);
                        }
                        List<Integer> added = new ArrayList<>();
                        change.path("addNodes").forEach(n -> added.add(n.asInt()));
                        list.addAll(Math.min(index, list.size()), added);
                    }
                }
                case "clear" -> {
                    if (feature == CHILDREN) {
                        node.children.clear();
                    } else if (feature == VIRTUAL_CHILDREN) {
                        node.virtualChildren.clear();
                    }
                }
                default -> { }
            }
        }
    }

    private static void put(Node node, int feature, String key, JsonNode value) {
        switch (feature) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key)) {
                    node.tag = value.asString();
                }
            }
            case TEXT -> node.text = value == null ? "" : value.asString();
            case PROPERTIES -> node.properties.put(key, value);
            case LISTENERS -> node.listeners.add(key);
            case ATTRIBUTES -> node.attributes.add(key);
            default -> { }
        }
    }

    /** The visible text of a node and everything below it, whitespace collapsed. */
    String text(Node node) {
        StringBuilder out = new StringBuilder();
        collectText(node, out, 0);
        return out.toString().replaceAll("\\s+", " ").trim();
    }

    private void collectText(Node node, StringBuilder out, int depth) {
        if (depth > 200) {
            return;
        }
        if (node.text != null) {
            out.append(node.text).append(' ');
        }
        for (int child : node.children) {
            Node c = nodes.get(child);
            if (c != null) {
                collectText(c, out, depth + 1);
            }
        }
    }

    /** Nodes reachable from the body (node 1), in document order. */
    List<Node> attached() {
        List<Node> out = new ArrayList<>();
        Node root = nodes.get(1);
        if (root != null) {
            walk(root, out, 0);
        }
        return out;
    }

    private void walk(Node node, List<Node> out, int depth) {
        if (depth > 200) {
            return;
        }
        out.add(node);
        for (List<Integer> list : List.of(node.children, node.virtualChildren)) {
            for (int child : list) {
                Node c = nodes.get(child);
                if (c != null) {
                    walk(c, out, depth + 1);
                }
            }
        }
    }

    List<Node> all() {
        return new ArrayList<>(nodes.values());
    }

    Optional<Node> find(Predicate<Node> test) {
        return attached().stream().filter(test).findFirst();
    }

    /** An element with a click listener whose visible text is exactly this label (an enabled button). */
    Optional<Node> clickable(String label) {
        return attached().stream()
                .filter(n -> n.tag != null && n.listeners.contains("click"))
                .filter(n -> !isDisabled(n))
                .filter(n -> label.equals(text(n)))
                .max((a, b) -> Integer.compare(a.id, b.id));
    }

    /** Flow marks a disabled component with the {@code disabled} attribute (and some with the property too). */
    static boolean isDisabled(Node node) {
        JsonNode disabled = node.properties.get("disabled");
        return node.attributes.contains("disabled") || disabled != null && disabled.asBoolean(false);
    }

    List<Node> children(Node node) {
        List<Node> out = new ArrayList<>();
        for (int child : node.children) {
            Node c = nodes.get(child);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    List<Node> descendants(Node node) {
        List<Node> out = new ArrayList<>();
        walk(node, out, 0);
        return out;
    }

    /** Every text node's text, for finding "Page 3 of 7" and the like. */
    List<String> texts() {
        List<String> out = new ArrayList<>();
        for (Node n : attached()) {
            if (n.text != null && !n.text.isBlank()) {
                out.add(n.text);
            }
        }
        return out;
    }

    void clear() {
        nodes.clear();
    }
}
