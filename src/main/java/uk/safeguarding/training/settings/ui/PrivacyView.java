package uk.safeguarding.training.settings.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import uk.safeguarding.training.settings.PublicPageKind;
import uk.safeguarding.training.settings.PublicPageService;

@Route(value = "privacy", autoLayout = false)
@PageTitle("Privacy notice | Safeguarding Training")
@AnonymousAllowed
class PrivacyView extends PublicPageView {

    PrivacyView(PublicPageService pages, Clock clock) {
        super(pages, PublicPageKind.PRIVACY, clock);
    }
}
