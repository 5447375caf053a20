package uk.safeguarding.training.evidence;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.evidence.internal.EvidenceAssembler;
import uk.safeguarding.training.evidence.internal.EvidenceCsv;
import uk.safeguarding.training.evidence.internal.EvidenceHistory;
import uk.safeguarding.training.evidence.internal.EvidencePdf;
import uk.safeguarding.training.identity.AccountErasure;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.policy.PolicyService;
import uk.safeguarding.training.policy.PolicyStanding;
import uk.safeguarding.training.shared.Refusal;

/**
 * The inspection evidence pack: a manager (for the units they manage) or an administrator picks a unit and a day,
 * today or earlier, and downloads a PDF and a CSV of everyone's training and policy status as it stood then. The
 * unit scope is the assigning scope ({@link AssignmentService#assignableUnits}), checked here whatever the caller
 * sends. Every download is audited.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
public class EvidencePackService {

    private final EvidenceHistory history;
    private final AssignmentService assignments;
    private final IdentityService identity;
    private final PolicyService policies;
    private final OrganisationService organisation;
    private final AuditLog audit;
    private final Clock clock;
    /** The first step of every pack; its items are people. */
    public static final String READING = "Reading the records";

    EvidencePackService(EvidenceHistory history, AssignmentService assignments, IdentityService identity,
                        PolicyService policies, OrganisationService organisation, AuditLog audit, Clock clock) {
        this.history = history;
        this.assignments = assignments;
        this.identity = identity;
        this.policies = policies;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    /** A file to download. */
    public record PackFile(String fileName, String mediaType, byte[] bytes, int rows) {
    }

    /** The units the reader may produce a pack for: the managed units and below, or all for an administrator. */
    public List<OrganisationUnit> units() {
        return assignments.assignableUnits();
    }

    /** The pack itself, without auditing, for showing what a download will contain; same checks as the downloads. */
    public EvidencePack pack(long unitId, LocalDate asAt, PackProgress progress) {
        OrganisationUnit unit = units().stream().filter(u -> u.getId() == unitId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("You can produce evidence only for the units you manage"));
        LocalDate today = LocalDate.now(clock);
        if (asAt == null) {
            throw new Refusal("Choose the date the evidence is for.");
        }
        if (asAt.isAfter(today)) {
            throw new Refusal("Choose today or a day in the past: the evidence shows what was recorded.");
        }
        List<OrganisationUnit> all = identity.allUnits();
        Map<Long, String> names = new HashMap<>();
        all.forEach(u -> names.put(u.getId(), u.getName()));
        List<EvidencePack.UnitNode> tree = new ArrayList<>();
        for (OrganisationUnit u : all) {
            if (unit.contains(u)) {
                tree.add(new EvidencePack.UnitNode(u.getId(), u.getName(), u.getPath(), u.depth() - unit.depth()));
            }
        }
        progress.reached(READING, 0, 0);
        var members = history.members(unit.getPath(), asAt);
        var courses = history.courses(unit.getPath(), asAt, PolicyStanding.endOf(asAt, clock.getZone()));
        return EvidenceAssembler.assemble(organisation.profile().name(), asAt, tree, names, members, courses,
                policies.asAt(asAt), organisation.reminderTimings(), clock.getZone(),
                email -> email != null && email.endsWith(AccountErasure.ERASED_DOMAIN),
                n -> progress.reached(READING, n, members.size()));
    }

    /** The pack as a tagged PDF (PDF/UA-1 and PDF/A-2a); the same inputs give the same bytes. */
    @Transactional
    public PackFile pdf(long unitId, LocalDate asAt, PackProgress progress) {
        EvidencePack pack = pack(unitId, asAt, progress);
        byte[] bytes = Renderer.PDF.render(pack, EvidencePdf.digest(EvidenceCsv.write(pack)),
                n -> progress.reached("Writing the PDF", n, pack.rows().size()));
        audit(pack, "PDF", bytes.length);
        return new PackFile(fileName(pack, "pdf"), "application/pdf", bytes, pack.rows().size());
    }

    /** The same rows as CSV; the same inputs give the same bytes. */
    @Transactional
    public PackFile csv(long unitId, LocalDate asAt, PackProgress progress) {
        EvidencePack pack = pack(unitId, asAt, progress);
        byte[] bytes = EvidenceCsv.write(pack);
        progress.reached("Writing the CSV", pack.rows().size(), pack.rows().size());
        audit(pack, "CSV", bytes.length);
        return new PackFile(fileName(pack, "csv"), "text/csv; charset=UTF-8", bytes, pack.rows().size());
    }

    private void audit(EvidencePack pack, String format, int size) {
        audit.record(AuditAction.EVIDENCE_PACK_DOWNLOADED, pack.unit(), "As at " + pack.asAt() + " (" + format + ", "
                + pack.summary().getFirst().people() + " people, " + pack.rows().size() + " rows, " + size + " bytes)");
    }

    private static String fileName(EvidencePack pack, String extension) {
        String unit = pack.unit().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "evidence-" + (unit.isEmpty() ? "unit" : unit) + "-" + pack.asAt() + "." + extension;
    }

    /**
     * The PDF renderer, made at the first PDF pack rather than at every start: it parses the fonts, the colour profile
     * and the metadata skeleton (iText and an XML parser), as the certificate renderer did before it was made the same
     * way (docs/decisions/0028, 0038). Thread-safe, so one serves every request; the JVM's class initialisation makes
     * the first use wait for it once.
     */
    private static final class Renderer {
        static final EvidencePdf PDF = new EvidencePdf();
    }
}
