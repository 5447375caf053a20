package uk.safeguarding.training.staffimport;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.CurrentUser;
import uk.safeguarding.training.identity.EmailAddress;
import uk.safeguarding.training.identity.StaffDirectory;
import uk.safeguarding.training.identity.StaffDirectory.PersonToWrite;
import uk.safeguarding.training.shared.Refusal;
import uk.safeguarding.training.staffimport.StaffImportRow.Outcome;
import uk.safeguarding.training.staffimport.internal.StaffCsvParser;
import uk.safeguarding.training.staffimport.internal.StaffImportPlanner;

/**
 * Bulk import of staff from a CSV file: a preview of what each row would do, then the good rows written in one
 * transaction after checking every row again. New people get no password: they sign in once an administrator issues
 * a one-time password, or through single sign-on. Nobody missing from the file is changed or deactivated. People and
 * units are read and written through identity's {@link StaffDirectory}.
 */
@Service
public class StaffImportService {

    /** The largest file accepted, for the upload's limit. */
    public static final int MAX_BYTES = StaffCsvParser.MAX_BYTES;

    private final StaffDirectory directory;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    StaffImportService(StaffDirectory directory, CurrentUser currentUser, AuditLog audit) {
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * Reads the file and says what importing it would do, row by row; writes nothing.
     *
     * @param progress told the number of rows checked so far, now and then
     */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public StaffImportPlan preview(String fileName, byte[] csv, IntConsumer progress) {
        StaffCsvParser.ParsedFile file = StaffCsvParser.parse(csv);
        if (!file.problems().isEmpty()) {
            return new StaffImportPlan(fileName, file.problems(), file.ignoredColumns(), List.of());
        }
        return new StaffImportPlan(fileName, List.of(), file.ignoredColumns(), planner().plan(file.rows(), progress));
    }

    /**
     * Imports the rows of a preview that create or update someone, all in one transaction. Every row is checked
     * again first; if anything would turn out differently from the preview, nothing is written and
     * {@link StaffImportChangedException} carries the new preview.
     *
     * @param progress told the number of people written so far, now and then
     */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public StaffImportResult confirm(StaffImportPlan preview, IntConsumer progress) {
        if (!preview.fileProblems().isEmpty()) {
            throw new Refusal("This file cannot be imported: " + String.join(" ", preview.fileProblems()));
        }
        List<StaffImportRow> rows = planner().plan(preview.rows().stream().map(StaffImportRow::cells).toList(), n -> { });
        StaffImportPlan fresh = new StaffImportPlan(preview.fileName(), List.of(), preview.ignoredColumns(), rows);
        if (!fresh.sameAs(preview)) {
            throw new StaffImportChangedException(fresh);
        }
        directory.importPeople(rows.stream().filter(r -> r.outcome() == Outcome.CREATE || r.outcome() == Outcome.UPDATE)
                .map(StaffImportService::toWrite).toList(), progress);
        StaffImportResult result = new StaffImportResult((int) fresh.count(Outcome.CREATE), (int) fresh.count(Outcome.UPDATE),
                (int) fresh.count(Outcome.UNCHANGED), (int) fresh.count(Outcome.REFUSED));
        audit.record(AuditAction.PEOPLE_IMPORTED, preview.fileName(), result.created() + " created, " + result.updated()
                + " updated, " + result.unchanged() + " unchanged, " + result.refused() + " rows refused");
        return result;
    }

    private static PersonToWrite toWrite(StaffImportRow row) {
        return new PersonToWrite(row.outcome() == Outcome.CREATE, EmailAddress.parse(row.email()), row.cells().name().strip(),
                row.unitId(), row.roles(), row.managedUnitIds());
    }

    private StaffImportPlanner planner() {
        return new StaffImportPlanner(directory.units(), directory.people(), currentUser.require().email());
    }
}
