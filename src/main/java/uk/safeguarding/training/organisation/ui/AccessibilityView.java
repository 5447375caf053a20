package uk.safeguarding.training.organisation.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.safeguarding.training.organisation.PublicPageKind;
import uk.safeguarding.training.organisation.PublicPageService;

@Route(value = "accessibility", autoLayout = false)
@PageTitle("Accessibility statement | Safeguarding Training")
@AnonymousAllowed
class AccessibilityView extends PublicPageView {

    AccessibilityView(PublicPageService pages) {
        super(pages, PublicPageKind.ACCESSIBILITY);
    }
}
