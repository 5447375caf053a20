package uk.safeguarding.training.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntConsumer;
import java.util.stream.StreamSupport;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.certificate.internal.CertificatePdf;
import uk.safeguarding.training.certificate.internal.CertificateRepository;
import uk.safeguarding.training.certificate.internal.CertificateZip;
import uk.safeguarding.training.certificate.internal.InBatches;
import uk.safeguarding.training.certificate.internal.PrintedCertificate;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.CurrentUser;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.VisibleUnits;
import uk.safeguarding.training.settings.LogoHistory;
import uk.safeguarding.training.settings.OrganisationLogo;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.shared.Refusal;

/**
 * Certificates for the people allowed to see them: a learner their own, a manager those of the people in the
 * units they manage (and below), an administrator everyone's. Every method checks, whatever the caller passes.
 */
@Service
@Transactional(readOnly = true)
public class CertificateService {

    /** Certificates read at a time for a ZIP: enough to make the reads few, few enough to hold nothing much. */
    static final int ZIP_BATCH = 200;

    private final CertificateRepository certificates;
    private final CertificateProperties properties;
    private final IdentityService identity;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final OrganisationService organisation;
    private final Clock clock;

    CertificateService(CertificateRepository certificates, CertificateProperties properties, IdentityService identity,
                       CurrentUser currentUser, AuditLog audit, OrganisationService organisation, Clock clock) {
        this.certificates = certificates;
        this.properties = properties;
        this.identity = identity;
        this.currentUser = currentUser;
        this.audit = audit;
        this.organisation = organisation;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Where a certificate the caller already holds stands today, with the organisation's expiring window and
     * supersession by a later edition's certificate.
     */
    public CertificateStatus statusOf(Certificate certificate) {
        return CertificateStatus.of(certificate.isRevoked(),
                VerificationService.supersededByEdition(certificates, certificate, clock.instant()) != null,
                certificate.getValidUntil(), today(), organisation.reminderTimings());
    }

    /** The signed-in learner's certificates, newest first, current and past. */
    @RolesAllowed(AppRoles.LEARNER)
    public List<Certificate> mine() {
        return certificates.findByUserIdOrderByIssuedAtDesc(currentUser.require().id());
    }

    /** The PDF of one certificate, if the signed-in person may see it. */
    @PermitAll
    public CertificateFile pdf(long certificateId) {
        Certificate certificate = certificates.findById(certificateId).filter(this::visibleToCurrentUser)
                .orElseThrow(() -> new AccessDeniedException("No such certificate for you"));
        return new CertificateFile(fileName(certificate), render(certificate));
    }

    /** A downloadable file: its name and bytes. */
    public record CertificateFile(String fileName, byte[] bytes) {
    }

    /** The units whose certificates the signed-in person may download together. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public List<OrganisationUnit> unitsForExport() {
        return identity.visibleUnits().filter(identity.allUnits());
    }

    /** Certificates of everyone in the unit and below; refused for a unit the person does not manage. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public List<Certificate> forUnit(long unitId) {
        return certificates.findInUnitTree(allowedUnit(unitId).getPath());
    }

    /**
     * Writes every certificate of the unit (and below) into a ZIP, streaming: the PDFs render on every core, a few
     * per core at a time, and are written in order with the same bytes a single download gives. The base URL and the
     * logo history are read once for the whole ZIP, not once per certificate; the certificates themselves a batch at a
     * time as the ZIP is written, so memory stays the same for ten certificates or ten thousand.
     *
     * @param progress told the number of certificates written so far, after each one, on the calling thread
     * @return how many certificates were written
     */
    @Transactional // not read-only: the export is audited
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public int writeZip(long unitId, OutputStream out, IntConsumer progress) {
        OrganisationUnit unit = allowedUnit(unitId);
        Letterhead letterhead = new Letterhead(baseUrl(), organisation.logoHistory());
        // The ids first (a few bytes each), then the printed values a batch at a time as the render window asks for
        // them, on this thread (the transaction's): no certificate is held as an entity, nor all at once.
        Iterator<PrintedCertificate> printed = new InBatches<>(certificates.idsInUnitTree(unit.getPath()), ZIP_BATCH,
                certificates::printedByIds, PrintedCertificate::id);
        Iterator<CertificateZip.Entry> entries = StreamSupport.stream(Spliterators.spliteratorUnknownSize(printed,
                        Spliterator.ORDERED), false)
                .map(c -> new CertificateZip.Entry(fileName(c), c.issuedAt().toEpochMilli(), document(c, letterhead)))
                .iterator();
        int written = Renderers.ZIP.write(entries, out, progress);
        audit.record(AuditAction.PERSONAL_DATA_EXPORTED, "Certificates of " + unit.getName() + " (ZIP)",
                written + (written == 1 ? " certificate" : " certificates") + "; unit " + unit.getPath());
        return written;
    }

    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public void revoke(long certificateId, String reason) {
        if (reason == null || reason.strip().length() < 5) {
            throw new Refusal("Give a reason of at least 5 characters; it is kept with the revocation.");
        }
        Certificate certificate = certificates.findById(certificateId)
                .orElseThrow(() -> new IllegalArgumentException("No certificate " + certificateId));
        certificate.revoke(clock.instant(), currentUser.require().email(), reason.strip());
        audit.record(AuditAction.CERTIFICATE_REVOKED, "Certificate " + certificate.getDisplayCode() + " of "
                + certificate.getLearnerName(), reason.strip());
    }

    /**
     * The certificate as printed: what was fixed at issue (its layout too, so a re-download is byte-identical), the
     * logo in use when it was issued, and the verification address under the base URL an administrator set (or the
     * configured one).
     */
    byte[] render(Certificate c) {
        return Renderers.PDF.render(document(c));
    }

    CertificateDocument document(Certificate c) {
        CertificateDocument.Logo logo = organisation.logoAt(c.getIssuedAt())
                .map(l -> new CertificateDocument.Logo(l.png())).orElse(null);
        return document(PrintedCertificate.of(c), baseUrl(), logo);
    }

    private static CertificateDocument document(PrintedCertificate c, Letterhead letterhead) {
        return document(c, letterhead.baseUrl(), letterhead.logoAt(c.issuedAt()));
    }

    private static CertificateDocument document(PrintedCertificate c, String baseUrl, CertificateDocument.Logo logo) {
        return new CertificateDocument(CertificateCode.display(c.code()), c.learnerName(), c.courseTitle(),
                c.courseVersionNumber(), c.completedOn(), c.scorePercent(), c.validUntil(),
                c.issuingOrganisation(), CertificateProperties.verificationUrl(baseUrl, c.code()), c.issuedAt(), logo,
                c.layout());
    }

    /** Where anyone checks the certificate with this code: the administrator's base URL, else the configured one. */
    String verificationUrl(String code) {
        return CertificateProperties.verificationUrl(baseUrl(), code);
    }

    /**
     * The address people outside the organisation use to reach this app (the administrator's setting, else the
     * configured one): under it are the verification pages and the Open Badges documents.
     */
    public String publicBaseUrl() {
        return baseUrl();
    }

    private String baseUrl() {
        return organisation.certificateBaseUrl().orElse(properties.baseUrlOrFallback());
    }

    /**
     * What every certificate of one ZIP shares, read once: the base URL and the logo history, with one
     * {@link CertificateDocument.Logo} per logo used (each copies the image, so it is made once, not per certificate).
     */
    private record Letterhead(String baseUrl, LogoHistory logos, Map<OrganisationLogo, CertificateDocument.Logo> printed) {

        Letterhead(String baseUrl, LogoHistory logos) {
            this(baseUrl, logos, new IdentityHashMap<>());
        }

        CertificateDocument.Logo logoAt(Instant issuedAt) {
            return logos.at(issuedAt).map(l -> printed.computeIfAbsent(l, used -> new CertificateDocument.Logo(used.png())))
                    .orElse(null);
        }
    }

    static String fileName(Certificate c) {
        return fileName(PrintedCertificate.of(c));
    }

    private static String fileName(PrintedCertificate c) {
        String name = c.learnerName().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "certificate-" + (name.isEmpty() ? "learner" : name) + "-" + c.completedOn() + "-" + c.code().substring(0, 4) + ".pdf";
    }

    private boolean visibleToCurrentUser(Certificate certificate) {
        if (certificate.getUserId() == currentUser.require().id()) {
            return true;
        }
        VisibleUnits visible = identity.visibleUnits();
        return visible.isEverything() || visible.contains(certificates.unitPathOf(certificate.getUserId()).orElse(null));
    }

    private OrganisationUnit allowedUnit(long unitId) {
        return unitsForExport().stream().filter(u -> u.getId() == unitId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("You do not manage that unit"));
    }

    /**
     * The renderer and the ZIP writer, made at the first certificate rather than at every start: parsing the fonts,
     * the colour profile and the metadata skeleton loaded iText, AWT colour management and an XML parser (about 400
     * classes) into a start that serves no certificate (docs/decisions/0028). Both are thread-safe, so one pair serves
     * every request (the JVM's class initialisation makes the first use wait for them once); the ZIP writer keeps a
     * renderer of its own for each thread rendering at once (docs/decisions/0035).
     */
    private static final class Renderers {
        static final CertificatePdf PDF = new CertificatePdf();
        static final CertificateZip ZIP = new CertificateZip(CertificatePdf::new);
    }
}
