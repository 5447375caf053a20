package uk.safeguarding.training.settings.ui;

import uk.safeguarding.training.settings.OrganisationDetails;
import uk.safeguarding.training.settings.OrganisationProfile;
import uk.safeguarding.training.settings.ReminderTimings;

/** The settings form's state: mutable for the Binder, turned into {@link OrganisationDetails} to save. */
final class SettingsBean {

    String name;
    String safeguardingLead;
    String safeguardingLeadContact;
    String deputySafeguardingLead;
    String mashPhone;
    String outOfHoursPhone;
    String policeNonEmergency;
    String certificateBaseUrl;
    Integer daysBeforeDue;
    Integer daysBeforeExpiry;
    Integer digestEveryDays;

    static SettingsBean of(OrganisationDetails details) {
        SettingsBean bean = new SettingsBean();
        OrganisationProfile p = details.profile();
        bean.name = p.name();
        bean.safeguardingLead = p.safeguardingLead();
        bean.safeguardingLeadContact = p.safeguardingLeadContact();
        bean.deputySafeguardingLead = p.deputySafeguardingLead();
        bean.mashPhone = p.mashPhone();
        bean.outOfHoursPhone = p.outOfHoursPhone();
        bean.policeNonEmergency = p.policeNonEmergency();
        bean.certificateBaseUrl = details.certificateBaseUrl();
        bean.daysBeforeDue = details.reminders().daysBeforeDue();
        bean.daysBeforeExpiry = details.reminders().daysBeforeExpiry();
        bean.digestEveryDays = details.reminders().digestEveryDays();
        return bean;
    }

    /** Only called once the Binder found every field valid, so the numbers are there. */
    OrganisationDetails toDetails() {
        return new OrganisationDetails(new OrganisationProfile(name, safeguardingLead, safeguardingLeadContact,
                deputySafeguardingLead, mashPhone, outOfHoursPhone, policeNonEmergency), certificateBaseUrl,
                new ReminderTimings(daysBeforeDue, daysBeforeExpiry, digestEveryDays));
    }
}
