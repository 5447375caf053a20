package uk.safeguarding.training.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.certificate.internal.CertificatePdf;
import uk.safeguarding.training.certificate.internal.CertificateRepository;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.CurrentUser;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.SignedInUser;
import uk.safeguarding.training.organisation.OrganisationService;

/**
 * Certificates for the people allowed to see them: a learner their own, a manager those of the people in the
 * units they manage (and below), an administrator everyone's. Every method checks, whatever the caller passes.
 */
@Service
@Transactional(readOnly = true)
public class CertificateService {

    private final CertificateRepository certificates;
    private final CertificatePdf pdf;
    private final CertificateProperties properties;
    private final IdentityService identity;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final OrganisationService organisation;
    private final Clock clock;

    CertificateService(CertificateRepository certificates, CertificateProperties properties, IdentityService identity,
                       CurrentUser currentUser, AuditLog audit, OrganisationService organisation, Clock clock) {
        this.certificates = certificates;
        this.pdf = new CertificatePdf();
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

    /** Where a certificate the caller already holds stands today, with the organisation's expiring window. */
    public CertificateStatus statusOf(Certificate certificate) {
        return certificate.statusOn(today(), organisation.reminderTimings());
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
        SignedInUser me = currentUser.require();
        if (me.hasRole(Role.ADMIN)) {
            return identity.allUnits();
        }
        Set<String> managed = identity.managedPathPrefixes(me.id());
        return identity.allUnits().stream().filter(u -> managed.stream().anyMatch(p -> u.getPath().startsWith(p))).toList();
    }

    /** Certificates of everyone in the unit and below; refused for a unit the person does not manage. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public List<Certificate> forUnit(long unitId) {
        return certificates.findInUnitTree(allowedUnit(unitId).getPath());
    }

    /**
     * Writes every certificate of the unit (and below) into a ZIP, streaming: one PDF in memory at a time.
     *
     * @param progress told the number of certificates written so far, after each one
     * @return how many certificates were written
     */
    @Transactional // not read-only: the export is audited
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public int writeZip(long unitId, OutputStream out, IntConsumer progress) {
        OrganisationUnit unit = allowedUnit(unitId);
        List<Certificate> all = certificates.findInUnitTree(unit.getPath());
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            int written = 0;
            for (Certificate certificate : all) {
                ZipEntry entry = new ZipEntry(fileName(certificate));
                entry.setTime(certificate.getIssuedAt().toEpochMilli());
                zip.putNextEntry(entry);
                zip.write(render(certificate));
                zip.closeEntry();
                progress.accept(++written);
            }
            zip.finish();
            audit.record(AuditAction.PERSONAL_DATA_EXPORTED, "Certificates of " + unit.getName() + " (ZIP)",
                    written + (written == 1 ? " certificate" : " certificates") + "; unit " + unit.getPath());
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public void revoke(long certificateId, String reason) {
        if (reason == null || reason.strip().length() < 5) {
            throw new IllegalArgumentException("Give a reason of at least 5 characters; it is kept with the revocation.");
        }
        Certificate certificate = certificates.findById(certificateId)
                .orElseThrow(() -> new IllegalArgumentException("No certificate " + certificateId));
        certificate.revoke(clock.instant(), currentUser.require().email(), reason.strip());
        audit.record(AuditAction.CERTIFICATE_REVOKED, "Certificate " + certificate.getDisplayCode() + " of "
                + certificate.getLearnerName(), reason.strip());
    }

    /**
     * The certificate as printed: what was fixed at issue, the logo in use when it was issued, and the verification
     * address under the base URL an administrator set (or the configured one).
     */
    byte[] render(Certificate c) {
        return pdf.render(document(c));
    }

    CertificateDocument document(Certificate c) {
        CertificateDocument.Logo logo = organisation.logoAt(c.getIssuedAt())
                .map(l -> new CertificateDocument.Logo(l.png())).orElse(null);
        return new CertificateDocument(CertificateCode.display(c.getCode()), c.getLearnerName(), c.getCourseTitle(),
                c.getCourseVersionNumber(), c.getCompletedOn(), c.getScorePercent(), c.getValidUntil(),
                c.getIssuingOrganisation(), verificationUrl(c.getCode()), c.getIssuedAt(), logo);
    }

    /** Where anyone checks the certificate with this code: the administrator's base URL, else the configured one. */
    String verificationUrl(String code) {
        return CertificateProperties.verificationUrl(organisation.certificateBaseUrl().orElse(properties.baseUrlOrFallback()), code);
    }

    static String fileName(Certificate c) {
        String name = c.getLearnerName().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "certificate-" + (name.isEmpty() ? "learner" : name) + "-" + c.getCompletedOn() + "-" + c.getCode().substring(0, 4) + ".pdf";
    }

    private boolean visibleToCurrentUser(Certificate certificate) {
        SignedInUser me = currentUser.require();
        if (certificate.getUserId() == me.id() || me.hasRole(Role.ADMIN)) {
            return true;
        }
        if (!me.hasRole(Role.MANAGER)) {
            return false;
        }
        String path = certificates.unitPathOf(certificate.getUserId()).orElse("");
        return identity.managedPathPrefixes(me.id()).stream().anyMatch(path::startsWith);
    }

    private OrganisationUnit allowedUnit(long unitId) {
        return unitsForExport().stream().filter(u -> u.getId() == unitId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("You do not manage that unit"));
    }
}
