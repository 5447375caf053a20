package uk.safeguarding.training.identity;

import uk.safeguarding.training.shared.Refusal;

/**
 * The typed text is not an address this application accepts; the message says why. A top-level class, not nested in
 * {@link EmailAddress}: Spring Data's ahead-of-time processing walks the nested types of what entities use
 * ({@link UserAccount} takes an {@code EmailAddress}) and cannot describe an exception as a persistent type.
 */
public final class EmailAddressRefused extends Refusal {

    private final EmailAddress.Reason reason;

    EmailAddressRefused(EmailAddress.Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public EmailAddress.Reason reason() {
        return reason;
    }
}
