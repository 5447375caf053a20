package uk.safeguarding.training.settings.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import uk.safeguarding.training.settings.PublicPageKind;
import uk.safeguarding.training.settings.PublicPageService;

@Route(value = "accessibility", autoLayout = false)
@PageTitle("Accessibility statement | Safeguarding Training")
@AnonymousAllowed
class AccessibilityView extends PublicPageView {

    AccessibilityView(PublicPageService pages, Clock clock) {
        super(pages, PublicPageKind.ACCESSIBILITY, clock);
    }
}
