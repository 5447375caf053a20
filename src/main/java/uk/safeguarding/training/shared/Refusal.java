package uk.safeguarding.training.shared;

/**
 * A service saying no to what a person asked for (bad input, a rule, a change made meanwhile by someone else), with
 * a message written for that person. Nothing has been changed when it is thrown. The one error handler of the
 * screens shows the message as it is; any other exception is logged and the person sees a generic message.
 * <p>
 * It extends {@link IllegalArgumentException} because that is what services threw for bad input before it existed,
 * and callers (and tests) that still catch that keep working; see docs/decisions/0019.
 */
public class Refusal extends IllegalArgumentException {

    public Refusal(String message) {
        super(message);
    }

    public Refusal(String message, Throwable cause) {
        super(message, cause);
    }
}
