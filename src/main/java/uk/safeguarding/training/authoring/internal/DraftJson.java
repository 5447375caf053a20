package uk.safeguarding.training.authoring.internal;

import tools.jackson.databind.json.JsonMapper;
import uk.safeguarding.training.course.CourseDefinition;

/** A draft is stored as the same JSON a published version is stored as, so publishing needs no conversion. */
public final class DraftJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DraftJson() {
    }

    public static String write(CourseDefinition definition) {
        return JSON.writeValueAsString(definition);
    }

    public static CourseDefinition read(String json) {
        return JSON.readValue(json, CourseDefinition.class);
    }
}
