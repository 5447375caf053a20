package uk.safeguarding.training.settings;

import uk.safeguarding.training.identity.PeopleFixture;

/**
 * The fixture applications start like a fresh installation, without the organisation's name, and settings without a
 * name are refused (it is printed on every certificate): tests that save settings name the organisation first.
 */
public final class NamedOrganisation {

    public static final String NAME = "Harbour City Council";

    private NamedOrganisation() {
    }

    /** Saves the name, as an administrator would on a fresh installation, when the organisation has none yet. */
    public static void ensure(OrganisationService organisation, PeopleFixture people) {
        OrganisationProfile p = organisation.profile();
        if (p.name() == null || p.name().isBlank()) {
            people.as(people.administrator(), () -> organisation.update(new OrganisationProfile(NAME, p.safeguardingLead(),
                    p.safeguardingLeadContact(), p.deputySafeguardingLead(), p.mashPhone(), p.outOfHoursPhone(),
                    p.policeNonEmergency())));
        }
    }
}
