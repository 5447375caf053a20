package uk.safeguarding.training.settings.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.safeguarding.training.settings.OrganisationService;

/** Warns in the log at every start while certificates would carry a localhost link (issue 19, item 11). */
@Component
class PublicAddressCheck {

    private static final Logger log = LoggerFactory.getLogger(PublicAddressCheck.class);

    private final OrganisationService organisation;

    PublicAddressCheck(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenMissing() {
        if (organisation.publicAddressUnset()) {
            log.warn(OrganisationService.PUBLIC_ADDRESS_MISSING);
        }
    }
}
