package uk.safeguarding.training.course;

/** A published source the course draws on; shown to learners as a citation. {@code url} may be null. */
public record SourceDefinition(String id, String title, String publisher, String url) {
}
