package uk.safeguarding.training.organisation;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.organisation.internal.OrganisationSettingsRepository;

/** The organisation's settings: one row, created on first use. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrganisationSettingsRepository settings;

    OrganisationService(OrganisationSettingsRepository settings) {
        this.settings = settings;
    }

    public OrganisationProfile profile() {
        return settings.findFirstByOrderByIdAsc().map(OrganisationSettings::toProfile)
                .orElse(new OrganisationProfile("", "", "", "", "", "", "101"));
    }

    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public void update(OrganisationProfile profile) {
        saveProfile(profile);
    }

    /** For start-up data (the demo organisation); not reachable from any view. */
    @Transactional
    public void initialise(OrganisationProfile profile) {
        saveProfile(profile);
    }

    private void saveProfile(OrganisationProfile profile) {
        OrganisationSettings current = settings.findFirstByOrderByIdAsc()
                .orElseGet(() -> new OrganisationSettings(profile.name()));
        current.apply(profile);
        settings.save(current);
    }
}
