package uk.safeguarding.training.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.safeguarding.training.shared.AbstractEntity;

/** The organisation's own details: its name and the local safeguarding contacts the course text refers to. */
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

    OrganisationProfile toProfile() {
        return new OrganisationProfile(name, safeguardingLead, safeguardingLeadContact, deputySafeguardingLead,
                mashPhone, outOfHoursPhone, policeNonEmergency);
    }
}
