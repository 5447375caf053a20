package uk.safeguarding.training.course;

import java.util.List;

/** One module: its id is the Markdown file name without {@code .md}; pages are in reading order. */
public record ModuleDefinition(String id, String title, List<String> objectives, List<String> sourceIds,
                               List<PageDefinition> pages) {

    public ModuleDefinition {
        objectives = List.copyOf(objectives);
        sourceIds = List.copyOf(sourceIds);
        pages = List.copyOf(pages);
    }
}
