package uk.safeguarding.training.organisation.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.safeguarding.training.organisation.PublicPageKind;
import uk.safeguarding.training.organisation.PublicPageService;

@Route(value = "privacy", autoLayout = false)
@PageTitle("Privacy notice | Safeguarding Training")
@AnonymousAllowed
class PrivacyView extends PublicPageView {

    PrivacyView(PublicPageService pages) {
        super(pages, PublicPageKind.PRIVACY);
    }
}
