package uk.safeguarding.training.certificate.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.safeguarding.training.certificate.Verification;
import uk.safeguarding.training.certificate.VerificationService;

/** Public: anyone with a certificate code (typed, or from the QR code) can check it without signing in. */
@Route(value = "verify/:code?", autoLayout = false)
@PageTitle("Check a certificate | Safeguarding Training")
@AnonymousAllowed
class VerifyView extends Main implements BeforeEnterObserver {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final VerificationService verification;
    private final TextField code = new TextField("Certificate code");
    private final Div result = new Div();

    VerifyView(VerificationService verification) {
        this.verification = verification;
        addClassNames("narrow-page", "verify-page");
        code.setHelperText("The 20 characters printed on the certificate, for example 7KQ4-M9XT-2HDP-R8WC-5NJB");
        code.setWidthFull();
        code.setMaxLength(40);
        Button check = new Button("Check certificate", e -> check(code.getValue()));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        result.addClassName("verify-result");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");
        add(new H1("Check a certificate"),
                new Paragraph("Enter the code from a Safeguarding Training certificate to see whether it is genuine "
                        + "and still valid."), code, check, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(fromLink -> {
            code.setValue(fromLink);
            check(fromLink);
        });
    }

    private void check(String typed) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Verification answer = verification.verify(typed, request == null ? null : request.getRemoteAddr());
        result.removeAll();
        result.setClassName("verify-result verify-" + answer.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (answer.detailsWithheld()) {
            result.add(new H2("Certificate issued, details withheld"),
                    new Paragraph("A certificate with this code was issued. The holder's personal data has since been "
                            + "erased, so their name, the course and the dates are withheld."),
                    new Paragraph("Status: " + switch (answer.outcome()) {
                        case VALID -> "valid.";
                        case EXPIRED -> "expired.";
                        case REVOKED -> "revoked; it is no longer valid.";
                        default -> "unknown.";
                    }));
            return;
        }
        switch (answer.outcome()) {
            case VALID -> result.add(new H2("Valid certificate"), details(answer),
                    new Paragraph("Valid until " + DATE.format(answer.validUntil()) + "."));
            case EXPIRED -> result.add(new H2("Expired certificate"), details(answer),
                    new Paragraph("This certificate was valid until " + DATE.format(answer.validUntil())
                            + ". The training must be refreshed."));
            case REVOKED -> result.add(new H2("Revoked certificate"), details(answer),
                    new Paragraph("This certificate was revoked on "
                            + DATE.format(answer.revokedAt().atZone(ZoneId.of("Europe/London")).toLocalDate())
                            + " and is no longer valid."));
            case NOT_FOUND -> result.add(new H2("Certificate not found"),
                    new Paragraph("No certificate has this code. Check each character and try again."));
            case TOO_MANY_ATTEMPTS -> result.add(new H2("Too many attempts"),
                    new Paragraph("Too many codes that were not found have been tried from your connection. "
                            + "Try again in 15 minutes."));
        }
    }

    private static Paragraph details(Verification answer) {
        return new Paragraph(answer.learnerName() + " completed " + answer.courseTitle() + " on "
                + DATE.format(answer.completedOn()) + ".");
    }
}
