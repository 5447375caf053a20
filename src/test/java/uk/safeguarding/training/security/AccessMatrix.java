package uk.safeguarding.training.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The written expectations: one line per route ({@code route <template> <visitors>}) or service method
 * ({@code service <Class.method> <visitors>}). Visitors are words: anonymous, learner, manager, trainer, admin;
 * {@code everyone} is all five, {@code signed-in} the four personas, {@code nobody} none, and {@code system} marks
 * a method without a role gate that only start-up code, jobs and listeners may call.
 */
record AccessMatrix(Map<String, Set<Visitor>> routes, Map<String, Set<Visitor>> services) {

    /** Stands for "system": compared by identity of content, never admitted through a view. */
    static final Set<Visitor> SYSTEM = Collections.unmodifiableSet(EnumSet.noneOf(Visitor.class));

    static AccessMatrix load(String resource) {
        Map<String, Set<Visitor>> routes = new TreeMap<>();
        Map<String, Set<Visitor>> services = new TreeMap<>();
        try (var in = AccessMatrix.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] words = text.split("\\s+");
                if (words.length < 3) {
                    throw new IllegalStateException(resource + ":" + number + ": expected '<route|service> <name> <visitors>'");
                }
                Set<Visitor> visitors = visitors(Arrays.copyOfRange(words, 2, words.length), resource + ":" + number);
                Map<String, Set<Visitor>> target = switch (words[0]) {
                    case "route" -> routes;
                    case "service" -> services;
                    default -> throw new IllegalStateException(resource + ":" + number + ": unknown kind " + words[0]);
                };
                if (target.put(words[1].equals("\"\"") ? "" : words[1], visitors) != null) {
                    throw new IllegalStateException(resource + ":" + number + ": " + words[1] + " listed twice");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new AccessMatrix(routes, services);
    }

    private static Set<Visitor> visitors(String[] words, String where) {
        if (words.length == 1) {
            switch (words[0]) {
                case "system":
                    return SYSTEM;
                case "nobody":
                    return EnumSet.noneOf(Visitor.class);
                case "everyone":
                    return EnumSet.allOf(Visitor.class);
                case "signed-in":
                    return EnumSet.complementOf(EnumSet.of(Visitor.ANONYMOUS));
                default:
                    break;
            }
        }
        Set<Visitor> set = EnumSet.noneOf(Visitor.class);
        for (String word : words) {
            try {
                set.add(Visitor.byWord(word));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": " + e.getMessage());
            }
        }
        return set;
    }

    static String describe(Set<Visitor> visitors) {
        if (visitors == SYSTEM) {
            return "system";
        }
        if (visitors.isEmpty()) {
            return "nobody";
        }
        if (visitors.size() == Visitor.values().length) {
            return "everyone";
        }
        if (visitors.equals(EnumSet.complementOf(EnumSet.of(Visitor.ANONYMOUS)))) {
            return "signed-in";
        }
        return visitors.stream().map(Visitor::word).collect(Collectors.joining(" "));
    }
}
