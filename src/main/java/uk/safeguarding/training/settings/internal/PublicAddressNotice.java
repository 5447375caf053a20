package uk.safeguarding.training.settings.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.shared.AdministratorNotices;

/** Tells administrators on the people page that certificates carry a dead link while no public address is set. */
@Component
class PublicAddressNotice implements AdministratorNotices {

    private final OrganisationService organisation;

    PublicAddressNotice(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @Override
    public List<String> current() {
        return organisation.publicAddressMissing() ? List.of(OrganisationService.PUBLIC_ADDRESS_MISSING) : List.of();
    }
}
