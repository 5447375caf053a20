package uk.safeguarding.training.course;

import java.util.List;

/**
 * One module: its id is the Markdown file name without {@code .md}; pages are in reading order, then the module's
 * scenarios (ids of files under scenarios/, in the order the module lists them; empty in versions published before
 * scenarios existed).
 */
public record ModuleDefinition(String id, String title, List<String> objectives, List<String> sourceIds,
                               List<PageDefinition> pages, List<String> scenarioIds) {

    public ModuleDefinition {
        objectives = List.copyOf(objectives);
        sourceIds = List.copyOf(sourceIds);
        pages = List.copyOf(pages);
        scenarioIds = scenarioIds == null ? List.of() : List.copyOf(scenarioIds);
    }

    /** A module without scenarios. */
    public ModuleDefinition(String id, String title, List<String> objectives, List<String> sourceIds,
                            List<PageDefinition> pages) {
        this(id, title, objectives, sourceIds, pages, List.of());
    }
}
