package uk.safeguarding.training.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.safeguarding.training.shared.AbstractEntity;

/**
 * The organisation's own details: its name, the local safeguarding contacts the course text refers to, the public
 * address printed on certificates and when reminders go out.
 */
@Entity
@Table(name = "organisation_settings")
public class OrganisationSettings extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String name = "";
    @Column(name = "safeguarding_lead", nullable = false, length = 300)
    private String safeguardingLead = "";
    @Column(name = "safeguarding_lead_contact", nullable = false, length = 300)
    private String safeguardingLeadContact = "";
    @Column(name = "deputy_safeguarding_lead", nullable = false, length = 300)
    private String deputySafeguardingLead = "";
    @Column(name = "mash_phone", nullable = false, length = 100)
    private String mashPhone = "";
    @Column(name = "out_of_hours_phone", nullable = false, length = 100)
    private String outOfHoursPhone = "";
    @Column(name = "police_non_emergency", nullable = false, length = 100)
    private String policeNonEmergency = "101";
    @Column(name = "certificate_base_url", length = 500)
    private String certificateBaseUrl;
    @Column(name = "remind_days_before_due", nullable = false)
    private int remindDaysBeforeDue = ReminderTimings.DEFAULTS.daysBeforeDue();
    @Column(name = "remind_days_before_expiry", nullable = false)
    private int remindDaysBeforeExpiry = ReminderTimings.DEFAULTS.daysBeforeExpiry();
    @Column(name = "digest_every_days", nullable = false)
    private int digestEveryDays = ReminderTimings.DEFAULTS.digestEveryDays();

    protected OrganisationSettings() {
    }

    OrganisationSettings(String name) {
        this.name = name;
    }

    void apply(OrganisationProfile profile) {
        this.name = profile.name();
        this.safeguardingLead = profile.safeguardingLead();
        this.safeguardingLeadContact = profile.safeguardingLeadContact();
        this.deputySafeguardingLead = profile.deputySafeguardingLead();
        this.mashPhone = profile.mashPhone();
        this.outOfHoursPhone = profile.outOfHoursPhone();
        this.policeNonEmergency = profile.policeNonEmergency();
    }

    void apply(OrganisationDetails details) {
        apply(details.profile());
        this.certificateBaseUrl = details.certificateBaseUrl().isBlank() ? null : details.certificateBaseUrl();
        this.remindDaysBeforeDue = details.reminders().daysBeforeDue();
        this.remindDaysBeforeExpiry = details.reminders().daysBeforeExpiry();
        this.digestEveryDays = details.reminders().digestEveryDays();
    }

    OrganisationDetails toDetails() {
        return new OrganisationDetails(toProfile(), certificateBaseUrl, toReminderTimings());
    }

    ReminderTimings toReminderTimings() {
        return new ReminderTimings(remindDaysBeforeDue, remindDaysBeforeExpiry, digestEveryDays);
    }

    OrganisationProfile toProfile() {
        return new OrganisationProfile(name, safeguardingLead, safeguardingLeadContact, deputySafeguardingLead,
                mashPhone, outOfHoursPhone, policeNonEmergency);
    }
}
