package uk.safeguarding.training.dataprotection.internal;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.safeguarding.training.dataprotection.PersonalRecord;

/** The personal record as JSON (UTF-8, ISO dates), for taking it to another system. */
public final class RecordJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private RecordJson() {
    }

    public static byte[] write(PersonalRecord record) {
        return JSON.writeValueAsBytes(record);
    }
}
