package uk.safeguarding.training.evidence.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.safeguarding.training.evidence.EvidencePack;
import uk.safeguarding.training.shared.SpreadsheetCells;

/**
 * The evidence pack as CSV (UTF-8 with a byte-order mark for Excel, formulas neutralised): the same rows as the PDF,
 * each marked with its section, so one file sorts and filters in a spreadsheet.
 */
public final class EvidenceCsv {

    public static final List<String> HEADERS = List.of("Section", "Unit", "Person", "Email", "Kind", "Item", "Status",
            "Due", "Certificate code", "Completed", "Valid until", "Acknowledged", "People", "Required", "Compliant",
            "Compliant %", "Overdue");

    private EvidenceCsv() {
    }

    public static byte[] write(EvidencePack pack) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + pack.rows().size() * 160);
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(HEADERS.toArray(String[]::new)).get());
            csv.printRecord(cells("Organisation", pack.unit(), "", "", "", pack.organisation(),
                    "As at the end of " + pack.asAt() + " (UK time)"));
            for (EvidencePack.UnitNode node : pack.tree()) {
                csv.printRecord(cells("Unit", EvidenceAssembler.unitName(node.path(), names(pack), pack.tree().getFirst().path()),
                        "", "", "", "", "level " + node.depth()));
            }
            for (EvidencePack.UnitSummary s : pack.summary()) {
                String[] row = cells("Summary", s.unit());
                row[12] = String.valueOf(s.people());
                row[13] = String.valueOf(s.required());
                row[14] = String.valueOf(s.compliant());
                row[15] = String.valueOf(s.compliantPercent());
                row[16] = String.valueOf(s.overdue());
                csv.printRecord((Object[]) row);
            }
            for (EvidencePack.Row r : pack.rows()) {
                csv.printRecord((Object[]) cells("Person", r.unit(), r.person(), r.email(), r.kind(), r.item(), r.status(),
                        date(r.dueOn()), r.certificateCode(), date(r.completedOn()), date(r.validUntil()), r.acknowledged()));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static java.util.Map<Long, String> names(EvidencePack pack) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        pack.tree().forEach(n -> names.put(n.unitId(), n.name()));
        return names;
    }

    private static String[] cells(String... values) {
        String[] row = new String[HEADERS.size()];
        Arrays.fill(row, "");
        for (int i = 0; i < values.length; i++) {
            row[i] = values[i] == null ? "" : SpreadsheetCells.neutralise(values[i]);
        }
        return row;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
