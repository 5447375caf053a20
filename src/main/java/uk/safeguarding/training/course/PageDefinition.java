package uk.safeguarding.training.course;

import java.util.List;

/**
 * One page of a module. {@code markdown} is the body without the page heading and the Sources line, with
 * placeholders still unfilled: they are filled at display time with the learner's organisation's details.
 */
public record PageDefinition(String title, List<String> sourceIds, String markdown) {

    public PageDefinition {
        sourceIds = List.copyOf(sourceIds);
    }
}
