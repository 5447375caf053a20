package uk.safeguarding.training.course;

import java.time.LocalDate;

/**
 * A published source the course draws on; shown to learners as a citation. {@code url} and {@code checked} (the
 * day someone last confirmed the source still says what the course cites it for) may be null: versions published
 * before the fields existed lack them.
 */
public record SourceDefinition(String id, String title, String publisher, String url, LocalDate checked) {

    public SourceDefinition(String id, String title, String publisher, String url) {
        this(id, title, publisher, url, null);
    }
}
