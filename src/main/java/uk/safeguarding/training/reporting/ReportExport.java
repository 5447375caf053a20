package uk.safeguarding.training.reporting;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.shared.SpreadsheetCells;

/**
 * Exactly what the report's filters show, as CSV (UTF-8 with a byte-order mark, so Excel reads names correctly) or
 * XLSX, written row by row as the database returns them. Cells that a spreadsheet would run as a formula are
 * neutralised. Every export of personal data is audited.
 */
@Service
@RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
public class ReportExport {

    static final List<String> HEADERS = List.of("Name", "Email", "Unit", "Course", "Status", "Due", "Last score",
            "Completed", "Valid until", "Scenarios");

    private final ReportingService reporting;
    private final AuditLog audit;

    ReportExport(ReportingService reporting, AuditLog audit) {
        this.reporting = reporting;
        this.audit = audit;
    }

    /** @return the number of rows written */
    public int csv(ReportFilter filter, OutputStream out, IntConsumer progress) {
        int[] rows = {0};
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(HEADERS.toArray(String[]::new)).get());
            reporting.forEach(filter, row -> {
                try {
                    csv.printRecord(cells(row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (++rows[0] % 1000 == 0) {
                    progress.accept(rows[0]);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.accept(rows[0]);
        audit.record(AuditAction.PERSONAL_DATA_EXPORTED, "Training report (CSV)", rows[0] + " rows; " + describe(filter));
        return rows[0];
    }

    /** @return the number of rows written */
    public int xlsx(ReportFilter filter, OutputStream out, IntConsumer progress) {
        int[] rows = {0};
        try {
            Workbook workbook = new Workbook(out, "Safeguarding Training", "1.0");
            Worksheet sheet = workbook.newWorksheet("Training");
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.value(0, c, HEADERS.get(c));
                sheet.style(0, c).bold().set();
            }
            reporting.forEach(filter, row -> {
                int r = ++rows[0];
                List<String> cells = cells(row);
                for (int c = 0; c < cells.size(); c++) {
                    sheet.value(r, c, cells.get(c));
                }
                if (r % 1000 == 0) {
                    try {
                        sheet.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    progress.accept(r);
                }
            });
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.accept(rows[0]);
        audit.record(AuditAction.PERSONAL_DATA_EXPORTED, "Training report (XLSX)", rows[0] + " rows; " + describe(filter));
        return rows[0];
    }

    static List<String> cells(ReportRow row) {
        return List.of(safe(row.name()), safe(row.email()), safe(row.unit()), safe(row.course()), row.status().label(),
                date(row.dueOn()), row.lastScore() == null ? "" : row.lastScore() + "%", date(row.completedOn()),
                date(row.validUntil()), row.scenarios());
    }

    /** Neutralises cells a spreadsheet would run as a formula (see {@link SpreadsheetCells}). */
    public static String safe(String value) {
        return SpreadsheetCells.neutralise(value);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String describe(ReportFilter f) {
        return "unit=" + f.unitId() + ", course=" + f.courseId() + ", status=" + f.status() + ", due=" + f.dueFrom()
                + ".." + f.dueTo() + ", name=" + (f.name() == null ? "" : f.name());
    }
}
