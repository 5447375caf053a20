package uk.safeguarding.training.settings;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.CurrentUser;
import uk.safeguarding.training.settings.internal.OrganisationLogoRepository;
import uk.safeguarding.training.settings.internal.OrganisationSettingsRepository;

/**
 * The organisation's settings: one row, created on first use, and the logo's history. Reading is open (course text,
 * certificates and the reminder job need it); changing is for administrators and is audited.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    static final String SUBJECT = "Organisation settings";

    private final OrganisationSettingsRepository settings;
    private final OrganisationLogoRepository logos;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String configuredPublicAddress;

    OrganisationService(OrganisationSettingsRepository settings, OrganisationLogoRepository logos, AuditLog audit,
                        CurrentUser currentUser, Clock clock,
                        @Value("${training.certificates.public-base-url:}") String configuredPublicAddress) {
        this.configuredPublicAddress = configuredPublicAddress == null ? "" : configuredPublicAddress.strip();
        this.settings = settings;
        this.logos = logos;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public OrganisationProfile profile() {
        return current().map(OrganisationSettings::toProfile).orElse(defaultProfile());
    }

    /** Everything the settings page edits, as stored now. */
    @RolesAllowed(AppRoles.ADMIN)
    public OrganisationDetails details() {
        return current().map(OrganisationSettings::toDetails)
                .orElse(new OrganisationDetails(defaultProfile(), "", ReminderTimings.DEFAULTS));
    }

    /** The public address for certificate verification when an administrator set one; otherwise the property applies. */
    public Optional<String> certificateBaseUrl() {
        return current().map(s -> s.toDetails().certificateBaseUrl()).filter(url -> !url.isBlank());
    }

    /**
     * True while neither an administrator (Organisation page) nor the configuration (PUBLIC_BASE_URL) has set the
     * public address, so every certificate's QR code and link point to localhost. Never guessed from a request.
     */
    @RolesAllowed(AppRoles.ADMIN)
    public boolean publicAddressMissing() {
        return publicAddressUnset();
    }

    /** As {@link #publicAddressMissing}, for the start-up check (no one is signed in then). */
    public boolean publicAddressUnset() {
        return configuredPublicAddress.isEmpty() && certificateBaseUrl().isEmpty();
    }

    /** What administrators are told while the public address is missing. */
    public static final String PUBLIC_ADDRESS_MISSING = "No public address is set, so the QR code and link on every"
            + " certificate point to http://localhost:8080 and nobody else can check them. Set the public address for"
            + " certificate checks on the Organisation page (or PUBLIC_BASE_URL).";

    public ReminderTimings reminderTimings() {
        return current().map(OrganisationSettings::toReminderTimings).orElse(ReminderTimings.DEFAULTS);
    }

    /** The logo in use now, if any. */
    public Optional<OrganisationLogo> logo() {
        return logos.findFirstByOrderByInUseFromDescIdDesc().flatMap(OrganisationLogoVersion::logo);
    }

    /** The logo that was in use at that moment (a certificate's issue time), if any. */
    public Optional<OrganisationLogo> logoAt(Instant at) {
        return logos.findFirstByInUseFromLessThanEqualOrderByInUseFromDescIdDesc(at).flatMap(OrganisationLogoVersion::logo);
    }

    /** Every logo ever used, read at once: for rendering many certificates without a query each. */
    public LogoHistory logoHistory() {
        return new LogoHistory(logos.findAll());
    }

    /** Only the name and contacts; the address and reminder timings stay as they are. Audited. */
    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public void update(OrganisationProfile profile) {
        OrganisationDetails now = details();
        update(new OrganisationDetails(profile, now.certificateBaseUrl(), now.reminders()));
    }

    /**
     * Saves all the settings at once, or nothing.
     *
     * @throws InvalidSettingsException saying, field by field, what is wrong
     */
    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public void update(OrganisationDetails details) {
        OrganisationDetails tidy = tidy(details);
        Map<String, String> problems = OrganisationRules.problems(tidy);
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        OrganisationDetails before = details();
        List<String> changed = changes(before, tidy);
        if (changed.isEmpty()) {
            return;
        }
        OrganisationSettings row = current().orElseGet(() -> new OrganisationSettings(tidy.profile().name()));
        row.apply(tidy);
        settings.save(row);
        audit.record(AuditAction.SETTINGS_CHANGED, SUBJECT, "Changed: " + String.join("; ", changed));
    }

    /**
     * Checks and re-encodes the upload, then uses it from now on (certificates issued earlier keep theirs).
     *
     * @throws LogoImages.InvalidLogoException saying what is wrong with the file
     */
    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public OrganisationLogo changeLogo(byte[] upload) {
        OrganisationLogo logo = LogoImages.normalise(upload);
        logos.save(new OrganisationLogoVersion(logo, clock.instant(), currentUser.require().email()));
        audit.record(AuditAction.SETTINGS_CHANGED, SUBJECT, "Changed: logo (" + logo.width() + " × " + logo.height()
                + " pixels)");
        return logo;
    }

    /** Certificates issued from now on have no logo; earlier ones keep theirs. */
    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public void removeLogo() {
        if (logo().isEmpty()) {
            return;
        }
        logos.save(new OrganisationLogoVersion(null, clock.instant(), currentUser.require().email()));
        audit.record(AuditAction.SETTINGS_CHANGED, SUBJECT, "Changed: logo removed");
    }

    /** For start-up data (the demo organisation); not reachable from any view. */
    @Transactional
    public void initialise(OrganisationProfile profile) {
        OrganisationSettings current = current().orElseGet(() -> new OrganisationSettings(profile.name()));
        current.apply(profile);
        settings.save(current);
    }

    private Optional<OrganisationSettings> current() {
        return settings.findFirstByOrderByIdAsc();
    }

    private static OrganisationProfile defaultProfile() {
        return new OrganisationProfile("", "", "", "", "", "", "101");
    }

    private static OrganisationDetails tidy(OrganisationDetails d) {
        OrganisationProfile p = d.profile();
        return new OrganisationDetails(new OrganisationProfile(strip(p.name()), strip(p.safeguardingLead()),
                strip(p.safeguardingLeadContact()), strip(p.deputySafeguardingLead()), strip(p.mashPhone()),
                strip(p.outOfHoursPhone()), strip(p.policeNonEmergency())), d.certificateBaseUrl(),
                d.reminders() == null ? ReminderTimings.DEFAULTS : d.reminders());
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /** Which fields differ; contacts by name only (they may name people), the rest with old and new values. */
    static List<String> changes(OrganisationDetails before, OrganisationDetails after) {
        List<String> changed = new ArrayList<>();
        OrganisationProfile a = before.profile();
        OrganisationProfile b = after.profile();
        named(changed, "name", a.name(), b.name());
        named(changed, "safeguarding lead", a.safeguardingLead(), b.safeguardingLead());
        named(changed, "safeguarding lead contact", a.safeguardingLeadContact(), b.safeguardingLeadContact());
        named(changed, "deputy safeguarding lead", a.deputySafeguardingLead(), b.deputySafeguardingLead());
        named(changed, "MASH phone", a.mashPhone(), b.mashPhone());
        named(changed, "out-of-hours phone", a.outOfHoursPhone(), b.outOfHoursPhone());
        named(changed, "police non-emergency", a.policeNonEmergency(), b.policeNonEmergency());
        valued(changed, "certificate address", blankAsDefault(before.certificateBaseUrl()),
                blankAsDefault(after.certificateBaseUrl()));
        valued(changed, "reminder days before due", before.reminders().daysBeforeDue(), after.reminders().daysBeforeDue());
        valued(changed, "reminder days before expiry", before.reminders().daysBeforeExpiry(),
                after.reminders().daysBeforeExpiry());
        valued(changed, "days between manager digests", before.reminders().digestEveryDays(),
                after.reminders().digestEveryDays());
        return changed;
    }

    private static String blankAsDefault(String url) {
        return url.isBlank() ? "(configured default)" : url;
    }

    private static void named(List<String> changed, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    private static void valued(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field + " " + before + " → " + after);
        }
    }
}
