package uk.safeguarding.training.settings.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.safeguarding.training.settings.PublicPageKind;
import uk.safeguarding.training.settings.PublicPageService;

/** A page anyone can read without signing in: the privacy notice or the accessibility statement. */
abstract class PublicPageView extends Main {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    PublicPageView(PublicPageService pages, PublicPageKind kind, Clock clock) {
        addClassNames("narrow-page", "public-page");
        PublicPageService.PageContent content = pages.page(kind);
        Anchor home = new Anchor("", "Safeguarding Training");
        home.addClassName("public-page-home");
        add(home, new H1(kind.title()), new Html("<div class=\"page-body\">" + content.safeHtml() + "</div>"));
        if (content.updatedAt() != null) {
            add(new Paragraph("Last updated " + DATE.format(content.updatedAt().atZone(clock.getZone())) + "."));
        }
        PublicPageKind other = kind == PublicPageKind.PRIVACY ? PublicPageKind.ACCESSIBILITY : PublicPageKind.PRIVACY;
        Div links = new Div(new Anchor(other.slug(), other.title()), new Anchor("verify", "Check a certificate"),
                new Anchor("login", "Sign in"));
        links.addClassName("public-links");
        add(links);
    }
}
