package uk.safeguarding.training.policy;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.VisibleUnits;
import uk.safeguarding.training.policy.PolicyStanding.Acknowledgement;
import uk.safeguarding.training.policy.PolicyStanding.Line;
import uk.safeguarding.training.policy.PolicyStanding.Published;
import uk.safeguarding.training.policy.PolicyStanding.Requirement;
import uk.safeguarding.training.policy.internal.AcknowledgementRows;
import uk.safeguarding.training.policy.internal.PolicyHistory;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.settings.ReminderTimings;
import uk.safeguarding.training.shared.SpreadsheetCells;

/**
 * The managers' policy report: who has acknowledged which policy required of them, for the people the reader may see
 * ({@link IdentityService#reportScope()}: their units and below, everyone for an administrator), paged in the
 * database like the training report, and its CSV export. Statuses come from {@link PolicyStanding}, the one rule.
 */
@Service
@Transactional(readOnly = true)
public class PolicyReport {

    private static final int EXPORT_PAGE = 1000;

    private final PolicyHistory history;
    private final AcknowledgementRows reportRows;
    private final OrganisationService organisation;
    private final IdentityService identity;
    private final AuditLog audit;
    private final Clock clock;

    PolicyReport(PolicyHistory history, AcknowledgementRows reportRows, OrganisationService organisation,
                 IdentityService identity, AuditLog audit, Clock clock) {
        this.history = history;
        this.reportRows = reportRows;
        this.organisation = organisation;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** How many rows the policy report has for the reader, and how many of them are acknowledged. */
    public record AcknowledgementTotals(long rows, long acknowledged) {
    }

    /**
     * The size of {@link #acknowledgementPage}'s report: one row per active person the reader may see (their units and
     * below; everyone for an administrator) and policy required of them today.
     */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public AcknowledgementTotals acknowledgementTotals() {
        ReportBasis basis = reportBasis();
        Map<Long, Collection<Long>> unitsByVersion = new HashMap<>();
        basis.linesPerUnit().forEach((unit, lines) -> lines.forEach(l ->
                unitsByVersion.computeIfAbsent(l.versionId(), k -> new ArrayList<>()).add(unit)));
        return new AcknowledgementTotals(reportRows.count(basis.rowsPerUnit(), basis.scope()),
                reportRows.acknowledged(unitsByVersion, basis.scope(), PolicyStanding.endOf(basis.today(), clock.getZone())));
    }

    /**
     * Rows {@code offset} to {@code offset + limit - 1} of the policy report, ordered by name, person and policy; only
     * the people on the page are read, so the report pages like the training report does.
     */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public List<PolicyService.PersonPolicy> acknowledgementPage(long offset, int limit) {
        return page(reportBasis(), offset, limit);
    }

    private List<PolicyService.PersonPolicy> page(ReportBasis basis, long offset, int limit) {
        List<AcknowledgementRows.Listed> people = reportRows.people(basis.rowsPerUnit(), basis.scope(), offset, limit);
        Map<Long, List<Acknowledgement>> acks = history.acknowledgementsOf(
                people.stream().map(AcknowledgementRows.Listed::userId).collect(Collectors.toSet()));
        List<PolicyService.PersonPolicy> rows = new ArrayList<>();
        for (AcknowledgementRows.Listed person : people) {
            OrganisationUnit unit = basis.units().get(person.unitId());
            List<Line> lines = PolicyStanding.linesOn(basis.today(), unit.getPath(), person.joinedOn(), basis.published(),
                    basis.requirements(), acks.getOrDefault(person.userId(), List.of()), basis.windows(), clock.getZone());
            for (Line line : AcknowledgementRows.slice(lines, person.rowsBefore(), offset, limit)) {
                rows.add(new PolicyService.PersonPolicy(person.userId(), person.name(), person.email(), unit.getName(), unit.getPath(), line));
            }
        }
        return rows;
    }

    /** {@link #acknowledgementPage} as CSV, written a page at a time (UTF-8 with a byte-order mark, formulas neutralised); audited. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public int exportCsv(OutputStream out) {
        int written = 0;
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader("Name", "Email", "Unit", "Policy",
                    "Version", "Content hash", "Status", "Due", "Acknowledged").get());
            // One basis for the whole export: every page uses the same policies, units and scope, read once.
            ReportBasis basis = reportBasis();
            List<PolicyService.PersonPolicy> page;
            do {
                page = page(basis, written, EXPORT_PAGE);
                for (PolicyService.PersonPolicy row : page) {
                    Line l = row.line();
                    csv.printRecord(SpreadsheetCells.neutralise(row.name()), SpreadsheetCells.neutralise(row.email()),
                            SpreadsheetCells.neutralise(row.unit()), SpreadsheetCells.neutralise(l.title()), l.versionNumber(),
                            l.contentHash(), l.status().label(), l.dueOn(),
                            l.acknowledgedAt() == null ? "" : l.acknowledgedAt().toString());
                }
                written += page.size();
            } while (page.size() == EXPORT_PAGE);
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.PERSONAL_DATA_EXPORTED, "Policy acknowledgements (CSV)", written + " rows");
        return written;
    }

    /** What every page of the report is computed from: the standing rule applied once per unit, and the reader's scope. */
    private record ReportBasis(LocalDate today, Map<Long, OrganisationUnit> units, Map<Long, List<Line>> linesPerUnit,
                               Map<Long, Integer> rowsPerUnit, VisibleUnits scope,
                               List<Published> published, List<Requirement> requirements, ReminderTimings windows) {
    }

    private ReportBasis reportBasis() {
        VisibleUnits scope = identity.reportScope();
        LocalDate today = LocalDate.now(clock);
        List<Published> published = history.published();
        List<Requirement> requirements = history.requirements();
        ReminderTimings windows = organisation.reminderTimings();
        Map<Long, OrganisationUnit> units = new HashMap<>();
        Map<Long, List<Line>> linesPerUnit = new HashMap<>();
        Map<Long, Integer> rowsPerUnit = new TreeMap<>();
        for (OrganisationUnit unit : identity.allUnits()) {
            units.put(unit.getId(), unit);
            // Which policies a person must read depends on their unit alone (joining only moves the due date).
            List<Line> lines = PolicyStanding.linesOn(today, unit.getPath(), null, published, requirements, List.of(), windows, clock.getZone());
            if (!lines.isEmpty()) {
                linesPerUnit.put(unit.getId(), lines);
                rowsPerUnit.put(unit.getId(), lines.size());
            }
        }
        return new ReportBasis(today, units, linesPerUnit, rowsPerUnit, scope, published, requirements, windows);
    }
}
