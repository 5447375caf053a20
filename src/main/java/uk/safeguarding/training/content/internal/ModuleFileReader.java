package uk.safeguarding.training.content.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.PageDefinition;

/** Reads one modules/NN-name.md file: YAML front matter, then pages that each start with a level-1 heading. */
final class ModuleFileReader {

    private static final List<String> FRONT_MATTER_FIELDS = List.of("title", "objectives", "sources", "scenarios");
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private final Set<String> sourceIds;
    private final Set<String> assets;
    private final Problems problems;
    private final List<Located<String>> scenarioRefs = new ArrayList<>();

    /**
     * @param sourceIds the ids from course.yaml, or null when course.yaml could not be read (then references
     *                  are not checked, rather than all reported as unknown)
     * @param assets    the paths of the files under assets/
     */
    ModuleFileReader(Set<String> sourceIds, Set<String> assets, Problems problems) {
        this.sourceIds = sourceIds;
        this.assets = assets;
        this.problems = problems;
    }

    /** Always returns a module, possibly incomplete; any gap has been reported and the course will be rejected. */
    ModuleDefinition read(String file, String moduleId, String text) {
        PlaceholderCheck.check(file, text, 1, problems);
        String[] lines = text.split("\n", -1);
        int close = closingFrontMatterLine(lines);
        if (!lines[0].strip().equals("---")) {
            problems.add(file, 1, "a module file must start with front matter between '---' lines"
                    + " (title, objectives, sources)");
            close = -1;
        } else if (close < 0) {
            problems.add(file, 1, "the front matter opened with '---' on line 1 is never closed with '---'");
            return new ModuleDefinition(moduleId, null, List.of(), List.of(), List.of());
        }
        String title = null;
        List<String> objectives = List.of();
        List<String> sources = List.of();
        List<Located<String>> scenarios = List.of();
        if (close > 0) {
            String frontMatter = String.join("\n", Arrays.asList(lines).subList(1, close));
            var root = YamlTree.parse(file, frontMatter, 2, 1, problems).flatMap(YamlObject::root);
            if (root.isPresent()) {
                YamlObject front = root.get();
                front.rejectUnknown(FRONT_MATTER_FIELDS);
                title = front.text("title");
                objectives = front.texts("objectives", true, true).stream().map(Located::value).toList();
                sources = checkedSources(file, front.texts("sources", true, true));
                scenarios = scenarioIds(front);
            }
        }
        int bodyStart = close + 1;
        String body = String.join("\n", Arrays.asList(lines).subList(Math.min(bodyStart, lines.length), lines.length));
        Node document = PARSER.parse(body);
        new MarkdownChecks(file, bodyStart + 1, assets, problems).check(document);
        List<PageDefinition> pages = pages(file, ModulePages.split(document, body, bodyStart + 1, file, problems));
        scenarioRefs.addAll(scenarios);
        return new ModuleDefinition(moduleId, title, objectives, sources, pages,
                scenarios.stream().map(Located::value).toList());
    }

    /** The module's scenarios, as written in its front matter, with their lines (for the cross-file checks). */
    List<Located<String>> scenarioReferences() {
        return List.copyOf(scenarioRefs);
    }

    private static List<Located<String>> scenarioIds(YamlObject front) {
        List<Located<String>> ids = new ArrayList<>();
        for (Located<String> id : front.texts("scenarios", false, false)) {
            if (!YamlObject.ID.matcher(id.value()).matches()) {
                front.problem(id.line(), "scenario '" + id.value() + "' must be a file name under scenarios/ without"
                        + " .yaml, using only lower-case letters, digits and hyphens");
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    private List<PageDefinition> pages(String file, List<ModulePages.Page> written) {
        if (written.isEmpty()) {
            problems.add(file, 0, "the module has no pages: start each page with a level-1 heading ('# Page title')"
                    + " followed by a 'Sources:' line");
        }
        List<PageDefinition> pages = new ArrayList<>();
        for (ModulePages.Page page : written) {
            String name = page.title().isEmpty() ? "on line " + page.headingLine() : "'" + page.title() + "'";
            if (page.title().isEmpty()) {
                problems.add(file, page.headingLine(), "page heading has no title");
            }
            if (!page.hasSourcesLine()) {
                problems.add(file, page.headingLine(), "page " + name + " has no 'Sources:' line: the line right"
                        + " after the heading must name its sources, like 'Sources: id, id'");
            } else if (page.sourceIds().isEmpty()) {
                problems.add(file, page.headingLine() + 1, "page " + name + " has an empty 'Sources:' line");
            }
            if (page.markdown().isBlank()) {
                problems.add(file, page.headingLine(), "page " + name + " has no text");
            }
            List<String> ids = checkedSources(file, page.sourceIds());
            pages.add(new PageDefinition(page.title(), ids, page.markdown()));
        }
        return pages;
    }

    private List<String> checkedSources(String file, List<Located<String>> ids) {
        for (Located<String> id : ids) {
            if (sourceIds != null && !sourceIds.contains(id.value())) {
                problems.add(file, id.line(), "unknown source '" + id.value() + "': it is not in course.yaml sources"
                        + " (known: " + String.join(", ", sourceIds.stream().sorted().toList()) + ")");
            }
        }
        return ids.stream().map(Located::value).toList();
    }

    private static int closingFrontMatterLine(String[] lines) {
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                return i;
            }
        }
        return -1;
    }
}
