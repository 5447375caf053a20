package uk.safeguarding.training.authoring;

import uk.safeguarding.training.shared.Refusal;

/** The draft changed (or was published or discarded) since this editor loaded it; the message says by whom. */
public class DraftConflictException extends Refusal {

    public DraftConflictException(String message) {
        super(message);
    }
}
