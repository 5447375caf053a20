package uk.safeguarding.training.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditEntry;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.support.AsUser;

@OrganisationSettingsTest
class OrganisationSettingsIT {

    @Autowired
    PeopleFixture people;
    @Autowired
    OrganisationService organisation;
    @Autowired
    IdentityService identity;
    @Autowired
    AuditLog audit;

    @BeforeEach
    void named() {
        NamedOrganisation.ensure(organisation, people);
    }

    private String admin() {
        return people.administrator().getEmail();
    }

    private OrganisationDetails details() {
        return AsUser.call(identity, admin(), organisation::details);
    }

    private void save(OrganisationDetails details) {
        AsUser.run(identity, admin(), () -> organisation.update(details));
    }

    private List<AuditEntry> settingsEntries() {
        return audit.byAction(AuditAction.SETTINGS_CHANGED).stream()
                .filter(e -> e.getSubject().equals("Organisation settings")).toList();
    }

    @Test
    void an_administrator_saves_the_settings_and_the_audit_log_says_which_fields_changed() {
        OrganisationDetails before = details();
        OrganisationProfile p = before.profile();
        OrganisationProfile changed = new OrganisationProfile("  Harbour City Council Children's Services ",
                p.safeguardingLead(), p.safeguardingLeadContact(), p.deputySafeguardingLead(), "0300 123 9999",
                p.outOfHoursPhone(), p.policeNonEmergency());
        int entries = settingsEntries().size();

        save(new OrganisationDetails(changed, "https://training.harbour.example", new ReminderTimings(14, 45, 7)));

        assertThat(organisation.profile().name()).isEqualTo("Harbour City Council Children's Services");
        assertThat(organisation.profile().placeholderValues()).containsEntry("organisation.mash_phone", "0300 123 9999");
        assertThat(organisation.certificateBaseUrl()).contains("https://training.harbour.example");
        assertThat(organisation.reminderTimings()).isEqualTo(new ReminderTimings(14, 45, 7));
        assertThat(settingsEntries()).hasSize(entries + 1);
        AuditEntry entry = settingsEntries().getFirst();
        assertThat(entry.getActor()).isEqualTo(admin());
        assertThat(entry.getDetails()).contains("name", "MASH phone", "certificate address",
                "reminder days before due " + before.reminders().daysBeforeDue() + " → 14",
                "reminder days before expiry " + before.reminders().daysBeforeExpiry() + " → 45")
                .doesNotContain("safeguarding lead", "days between manager digests", "0300 123 9999");

        save(new OrganisationDetails(changed, "https://training.harbour.example", new ReminderTimings(14, 45, 7)));
        assertThat(settingsEntries()).as("saving without a change records nothing").hasSize(entries + 1);
        save(before);
    }

    @Test
    void bad_settings_are_refused_field_by_field_and_nothing_is_saved_or_audited() {
        OrganisationDetails before = details();
        OrganisationProfile p = before.profile();
        int entries = settingsEntries().size();
        OrganisationProfile blankName = new OrganisationProfile(" ", p.safeguardingLead(), p.safeguardingLeadContact(),
                p.deputySafeguardingLead(), "0".repeat(101), p.outOfHoursPhone(), p.policeNonEmergency());

        assertThatThrownBy(() -> save(new OrganisationDetails(blankName, "https://exa mple.org",
                new ReminderTimings(0, 181, 7))))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> {
                    assertThat(e.problems()).containsOnlyKeys(OrganisationRules.NAME, OrganisationRules.MASH_PHONE,
                            OrganisationRules.CERTIFICATE_BASE_URL, OrganisationRules.DAYS_BEFORE_DUE,
                            OrganisationRules.DAYS_BEFORE_EXPIRY);
                    assertThat(e.problems().get(OrganisationRules.CERTIFICATE_BASE_URL)).contains("spaces");
                    assertThat(e.problems().get(OrganisationRules.DAYS_BEFORE_DUE)).contains("from 1 to 60");
                });
        assertThatThrownBy(() -> save(new OrganisationDetails(p, "ftp://training.example.org", before.reminders())))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys(OrganisationRules.CERTIFICATE_BASE_URL));

        assertThat(details()).isEqualTo(before);
        assertThat(settingsEntries()).hasSize(entries);
    }

    @Test
    void people_who_are_not_administrators_cannot_read_or_change_the_settings() {
        OrganisationDetails before = details();
        OrganisationUnit unit = people.unit("Settings");
        for (String person : List.of(people.learner("Leah", unit).getEmail(), people.manager("Malik", unit).getEmail(),
                people.person("Tara", unit, LocalDate.now().minusYears(1), Role.TRAINER).getEmail())) {
            assertThatThrownBy(() -> AsUser.call(identity, person, organisation::details))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.run(identity, person, () -> organisation.update(before)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.run(identity, person, () -> organisation.update(before.profile())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.call(identity, person, () -> organisation.changeLogo(png(100, 50))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.run(identity, person, organisation::removeLogo))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_logo_upload_is_checked_stored_as_png_and_audited_and_a_bad_one_changes_nothing() {
        int entries = settingsEntries().size();
        OrganisationLogo logo = AsUser.call(identity, admin(), () -> organisation.changeLogo(png(1600, 400)));

        assertThat(logo.width()).isEqualTo(LogoImages.STORED_MAX_SIDE);
        assertThat(logo.height()).isEqualTo(200);
        assertThat(organisation.logo()).contains(logo);
        assertThat(settingsEntries()).hasSize(entries + 1);
        assertThat(settingsEntries().getFirst().getDetails()).contains("logo");

        assertThatThrownBy(() -> AsUser.call(identity, admin(),
                () -> organisation.changeLogo("<svg onload=alert(1)></svg>".getBytes())))
                .isInstanceOf(LogoImages.InvalidLogoException.class).hasMessageContaining("PNG or JPEG");
        assertThat(organisation.logo()).contains(logo);
        assertThat(settingsEntries()).hasSize(entries + 1);

        AsUser.run(identity, admin(), organisation::removeLogo);
        assertThat(organisation.logo()).isEmpty();
        assertThat(organisation.logoAt(java.time.Instant.now().minusSeconds(3600 * 24 * 365))).isEmpty();
        assertThat(settingsEntries().getFirst().getDetails()).contains("logo removed");
    }

    static byte[] png(int width, int height) {
        try {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            image.getGraphics().fillRect(width / 4, height / 4, width / 2, height / 2);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
