package uk.safeguarding.training.certificate.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.safeguarding.training.certificate.Verification;

/**
 * What a verification answer says, in words: one text for the page a QR code opens ({@link VerifyLinkController})
 * and the page where a code is typed ({@link uk.safeguarding.training.certificate.ui.VerifyView}).
 */
public record VerificationText(String cssClass, String heading, List<String> paragraphs) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    public static VerificationText of(Verification answer, ZoneId zone) {
        String cssClass = "verify-result verify-" + answer.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (answer.detailsWithheld()) {
            return new VerificationText(cssClass, "Certificate issued, details withheld", List.of(
                    "A certificate with this code was issued. The holder's personal data has since been "
                            + "erased, so their name, the course and the dates are withheld.",
                    "Status: " + switch (answer.outcome()) {
                        case VALID -> "valid.";
                        case EXPIRED -> "expired.";
                        case REVOKED -> "revoked; it is no longer valid.";
                        case SUPERSEDED -> "superseded by edition " + answer.supersededByEdition() + " of the course.";
                        default -> "unknown.";
                    }));
        }
        return switch (answer.outcome()) {
            case VALID -> new VerificationText(cssClass, "Valid certificate", List.of(details(answer),
                    "Valid until " + DATE.format(answer.validUntil()) + "."));
            case EXPIRED -> new VerificationText(cssClass, "Expired certificate", List.of(details(answer),
                    "This certificate was valid until " + DATE.format(answer.validUntil())
                            + ". The training must be refreshed."));
            case REVOKED -> new VerificationText(cssClass, "Revoked certificate", List.of(details(answer),
                    "This certificate was revoked on " + DATE.format(answer.revokedAt().atZone(zone).toLocalDate())
                            + " and is no longer valid."));
            case SUPERSEDED -> new VerificationText(cssClass, "Superseded by edition " + answer.supersededByEdition(),
                    List.of(details(answer), "The holder has since completed edition " + answer.supersededByEdition()
                            + " of this course, which replaces this certificate; ask them for the newer certificate. This"
                            + " certificate is kept as it was issued and would have been valid until "
                            + DATE.format(answer.validUntil()) + "."));
            case NOT_FOUND -> new VerificationText(cssClass, "Certificate not found",
                    List.of("No certificate has this code. Check each character and try again."));
            case TOO_MANY_ATTEMPTS -> new VerificationText(cssClass, "Too many codes not found", List.of(
                    "Too many codes that do not exist have been tried from your connection. Check each character: "
                            + "a code printed on a certificate is always answered. Other codes can be tried again after "
                            + TIME.format(answer.tryAgainAfter().atZone(zone)) + " (UK time)."));
        };
    }

    private static String details(Verification answer) {
        return answer.learnerName() + " completed " + answer.courseTitle()
                + (answer.courseVersion() == null ? ""
                : answer.edition() == null ? " (version " + answer.courseVersion() + ")"
                : " (edition " + answer.edition() + ", version " + answer.courseVersion() + ")")
                + " on " + DATE.format(answer.completedOn()) + ".";
    }
}
