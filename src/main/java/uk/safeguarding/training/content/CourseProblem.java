package uk.safeguarding.training.content;

/**
 * One thing wrong with a course folder, said the way a compiler would so editors and CI logs can jump to it.
 *
 * @param file    relative to the course folder, with forward slashes, e.g. {@code modules/02-indicators.md}
 * @param line    1-based; 0 when the problem concerns the whole file
 * @param message a plain sentence for a course author, not a stack trace
 */
public record CourseProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
