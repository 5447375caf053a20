package uk.safeguarding.training.settings;

/**
 * Everything an administrator sets on the Organisation page, apart from the logo (uploaded on its own).
 *
 * @param certificateBaseUrl the public address printed on certificates for verification; blank to use the
 *                           {@code training.certificates.public-base-url} property
 */
public record OrganisationDetails(OrganisationProfile profile, String certificateBaseUrl, ReminderTimings reminders) {

    public OrganisationDetails {
        certificateBaseUrl = certificateBaseUrl == null ? "" : certificateBaseUrl.strip();
    }
}
