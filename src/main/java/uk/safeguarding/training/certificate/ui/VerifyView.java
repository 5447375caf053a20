package uk.safeguarding.training.certificate.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.ZoneId;
import uk.safeguarding.training.certificate.web.VerificationText;
import uk.safeguarding.training.certificate.CredentialCheck;
import uk.safeguarding.training.certificate.OpenBadgeService;
import uk.safeguarding.training.certificate.Verification;
import uk.safeguarding.training.certificate.VerificationService;

/**
 * Public: anyone with a certificate code can type it here and check it without signing in. The address a QR code
 * opens, /verify/{code}, is answered by {@link VerifyLinkController} as a plain page without a session; this view
 * still takes a code in its address when the router navigates to it within the application.
 */
@Route(value = "verify/:code?", autoLayout = false)
@PageTitle("Check a certificate | Safeguarding Training")
@AnonymousAllowed
class VerifyView extends Main implements BeforeEnterObserver {


    private final VerificationService verification;
    private final OpenBadgeService badges;
    private final ZoneId zone;
    private final TextField code = new TextField("Certificate code");
    private final TextArea credential = new TextArea("Open Badges credential");
    private final Div result = new Div();

    VerifyView(VerificationService verification, OpenBadgeService badges, Clock clock) {
        this.zone = clock.getZone();
        this.verification = verification;
        this.badges = badges;
        addClassNames("narrow-page", "verify-page");
        code.setHelperText("The 20 characters printed on the certificate, for example 7KQ4-M9XT-2HDP-R8WC-5NJB");
        code.setWidthFull();
        code.setMaxLength(40);
        Button check = new Button("Check certificate", e -> check(code.getValue()));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Enter checks the code only from the code field: in the credential area it is a new line.
        check.addClickShortcut(Key.ENTER).listenOn(code);
        result.addClassName("verify-result");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");
        credential.setHelperText("Or paste a whole Open Badges credential from this organisation: the signed text "
                + "(a .jwt file) or the JSON file.");
        credential.setWidthFull();
        credential.setMaxLength(OpenBadgeService.MAX_CREDENTIAL_LENGTH);
        Button checkCredential = new Button("Check credential", e -> checkCredential(credential.getValue()));
        add(new H1("Check a certificate"),
                new Paragraph("Enter the code from a Safeguarding Training certificate to see whether it is genuine "
                        + "and still valid."), code, check, credential, checkCredential, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(fromLink -> {
            code.setValue(fromLink);
            check(fromLink);
        });
    }

    private void check(String typed) {
        show(VerificationText.of(verification.verify(typed, clientAddress()), zone));
    }

    private void checkCredential(String pasted) {
        CredentialCheck answer = badges.check(pasted, clientAddress());
        show(answer.problem() == null ? VerificationText.of(answer.verification(), zone)
                : new VerificationText("verify-result verify-not-genuine", "Not a genuine credential",
                        java.util.List.of(answer.problem().message())));
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    private void show(VerificationText text) {
        result.removeAll();
        result.setClassName(text.cssClass());
        result.add(new H2(text.heading()));
        text.paragraphs().forEach(paragraph -> result.add(new Paragraph(paragraph)));
    }
}
