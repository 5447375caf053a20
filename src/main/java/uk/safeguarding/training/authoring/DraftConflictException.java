package uk.safeguarding.training.authoring;

/** The draft changed (or was published or discarded) since this editor loaded it; the message says by whom. */
public class DraftConflictException extends RuntimeException {

    public DraftConflictException(String message) {
        super(message);
    }
}
