package uk.safeguarding.training.certificate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.safeguarding.training.certificate.Certificate;
import uk.safeguarding.training.certificate.CertificateService;
import uk.safeguarding.training.certificate.CertificateStatus;
import uk.safeguarding.training.certificate.OpenBadgeService;
import uk.safeguarding.training.identity.AppRoles;

@Route("my-certificates")
@PageTitle("My certificates | Safeguarding Training")
@Menu(order = 1.5, title = "My certificates", icon = "vaadin:diploma")
@RolesAllowed(AppRoles.LEARNER)
class MyCertificatesView extends Main {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    MyCertificatesView(CertificateService certificates, OpenBadgeService badges) {
        addClassName("page");
        add(new H1("My certificates"), new Paragraph("Every certificate you have earned. Anyone can check one at the "
                + "address printed on it, or by scanning its QR code."));
        List<Certificate> mine = certificates.mine();
        if (mine.isEmpty()) {
            add(new Paragraph("You have no certificates yet. You get one when you complete a course."));
        }
        for (Certificate certificate : mine) {
            CertificateStatus status = certificates.statusOf(certificate);
            Section card = new Section();
            card.addClassName("course-card");
            Span badge = new Span(status.label());
            badge.addClassNames("status-badge", "certificate-" + status.name().toLowerCase(Locale.ROOT));
            Anchor download = new Anchor(CertificateDownloads.pdf(certificates, certificate.getId()), "Download certificate (PDF)");
            download.getElement().setAttribute("aria-label", "Download certificate (PDF): " + certificate.getCourseTitle()
                    + ", completed " + DATE.format(certificate.getCompletedOn()));
            String which = certificate.getCourseTitle() + ", completed " + DATE.format(certificate.getCompletedOn());
            Anchor signedBadge = new Anchor(CertificateDownloads.openBadge(badges, certificate.getId(), true),
                    "Download Open Badge (signed)");
            signedBadge.getElement().setAttribute("aria-label", "Download Open Badge (signed): " + which);
            Anchor jsonBadge = new Anchor(CertificateDownloads.openBadge(badges, certificate.getId(), false),
                    "Download Open Badge (JSON)");
            jsonBadge.getElement().setAttribute("aria-label", "Download Open Badge (JSON): " + which);
            Paragraph badgeHelp = new Paragraph("The Open Badge is the same certificate as a digital credential for "
                    + "a wallet or another organisation's system: the signed file proves itself; the JSON is readable.");
            badgeHelp.addClassName("hint");
            card.add(new H2(certificate.getCourseTitle()), badge,
                    new Paragraph("Completed " + DATE.format(certificate.getCompletedOn()) + " with "
                            + certificate.getScorePercent() + "%. Valid until " + DATE.format(certificate.getValidUntil()) + "."
                            + (certificate.getEditionNumber() > 1 || status == CertificateStatus.SUPERSEDED
                            ? " Edition " + certificate.getEditionNumber() + " of the course"
                            + (status == CertificateStatus.SUPERSEDED ? ", replaced by your certificate of a later edition." : ".")
                            : "")),
                    new Paragraph("Certificate code: " + certificate.getDisplayCode()), download, signedBadge, jsonBadge,
                    badgeHelp);
            add(card);
        }
    }
}
