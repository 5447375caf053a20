package uk.safeguarding.training.audit;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.audit.internal.AuditQuery;
import uk.safeguarding.training.shared.SpreadsheetCells;

/**
 * The filtered audit log as CSV (UTF-8 with a byte-order mark, so Excel reads names correctly), newest first,
 * written entry by entry as the database returns them. The log names people, so the export is itself audited,
 * in the same transaction.
 */
@Service
public class AuditExport {

    static final List<String> HEADERS = List.of("Time (UK)", "Actor", "Action", "Subject", "Details");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditQuery query;
    private final AuditLog audit;
    private final Clock clock;

    AuditExport(AuditQuery query, AuditLog audit, Clock clock) {
        this.query = query;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return the number of entries written */
    @Transactional
    @RolesAllowed(AuditLog.ADMIN)
    public int csv(AuditFilter filter, OutputStream out) {
        int rows = 0;
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(HEADERS.toArray(String[]::new)).get());
            try (Stream<AuditEntry> entries = query.stream(filter, clock.getZone())) {
                for (AuditEntry entry : (Iterable<AuditEntry>) entries::iterator) {
                    csv.printRecord(cells(entry));
                    query.forget(entry);
                    rows++;
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.PERSONAL_DATA_EXPORTED, "Audit log (CSV)", rows + " entries; " + filter.describe());
        return rows;
    }

    List<String> cells(AuditEntry entry) {
        return List.of(TIME.format(entry.getAt().atZone(clock.getZone())), SpreadsheetCells.neutralise(entry.getActor()),
                entry.getAction().label(), SpreadsheetCells.neutralise(entry.getSubject()),
                SpreadsheetCells.neutralise(entry.getDetails()));
    }
}
