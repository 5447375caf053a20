package uk.safeguarding.training.evidence;

/**
 * How far an evidence pack has got, for the progress shown while it is made: the step ("Reading the records",
 * "Writing the PDF"), how many of its items are done and how many there are.
 */
@FunctionalInterface
public interface PackProgress {

    /** For callers that show nothing. */
    PackProgress NONE = (step, done, total) -> { };

    void reached(String step, int done, int total);
}
