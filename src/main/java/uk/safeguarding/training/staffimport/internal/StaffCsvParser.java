package uk.safeguarding.training.staffimport.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.safeguarding.training.staffimport.StaffCsvRow;

/**
 * Reads a staff CSV file: UTF-8 with or without a byte-order mark, comma separated, a header row naming the columns
 * in any order and any letter case. Blank rows are skipped but still counted, so row numbers match what a
 * spreadsheet program shows. Checks of the cells' content are the planner's job; this class only finds the cells.
 */
public final class StaffCsvParser {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;
    static final String COLUMNS_HINT = "The first row must name the columns: email, name, unit, and optionally roles "
            + "and managed units.";

    private enum Column { EMAIL, NAME, UNIT, ROLES, MANAGED_UNITS }

    /** The file's rows, or the problems that keep it from being read at all (then there are no rows). */
    public record ParsedFile(List<StaffCsvRow> rows, List<String> problems, List<String> ignoredColumns) {

        static ParsedFile refused(String problem) {
            return new ParsedFile(List.of(), List.of(problem), List.of());
        }
    }

    private StaffCsvParser() {
    }

    public static ParsedFile parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return ParsedFile.refused("The file is empty. " + COLUMNS_HINT);
        }
        if (bytes.length > MAX_BYTES) {
            return ParsedFile.refused("The file is larger than " + (MAX_BYTES / 1024 / 1024) + " MB; split it into smaller files.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return ParsedFile.refused("The file is not UTF-8 text. Save it as \"CSV UTF-8 (comma delimited)\".");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try {
            return parse(text);
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv reports broken quoting with the position, e.g. "EOF reached before encapsulated token finished".
            return ParsedFile.refused("The file is not valid CSV: " + e.getMessage());
        }
    }

    private static ParsedFile parse(String text) {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            var records = parser.iterator();
            CSVRecord header = null;
            while (records.hasNext()) {
                CSVRecord candidate = records.next();
                if (!isBlank(candidate)) {
                    header = candidate;
                    break;
                }
            }
            if (header == null) {
                return ParsedFile.refused("The file has no rows. " + COLUMNS_HINT);
            }
            if (header.getRecordNumber() != 1) {
                return ParsedFile.refused("Row 1 is empty. " + COLUMNS_HINT);
            }
            Map<Column, Integer> columns = new LinkedHashMap<>();
            List<String> ignored = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String title = header.get(i);
                Column column = column(title);
                if (column == null) {
                    if (!title.isBlank()) {
                        ignored.add(title.strip());
                    }
                } else if (columns.putIfAbsent(column, i) != null) {
                    problems.add("The column '" + title.strip() + "' appears twice in row 1.");
                }
            }
            for (Column required : List.of(Column.EMAIL, Column.NAME, Column.UNIT)) {
                if (!columns.containsKey(required)) {
                    problems.add("The file has no '" + label(required) + "' column. " + COLUMNS_HINT
                            + (header.size() == 1 && header.get(0).contains(";")
                            ? " The columns seem to be separated by ';': save the file as CSV with commas." : ""));
                }
            }
            if (!problems.isEmpty()) {
                return new ParsedFile(List.of(), problems, ignored);
            }
            List<StaffCsvRow> rows = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (isBlank(record)) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    return ParsedFile.refused("The file has more than " + MAX_ROWS + " rows; split it into smaller files.");
                }
                rows.add(new StaffCsvRow((int) record.getRecordNumber(), cell(record, columns, Column.EMAIL),
                        cell(record, columns, Column.NAME), cell(record, columns, Column.UNIT),
                        cell(record, columns, Column.ROLES), cell(record, columns, Column.MANAGED_UNITS)));
            }
            return new ParsedFile(List.copyOf(rows), List.of(), List.copyOf(ignored));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Column column(String title) {
        String key = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return switch (key) {
            case "email", "emailaddress" -> Column.EMAIL;
            case "name", "fullname", "displayname" -> Column.NAME;
            case "unit", "unitpath" -> Column.UNIT;
            case "roles", "role" -> Column.ROLES;
            case "managedunits", "managedunit", "manages" -> Column.MANAGED_UNITS;
            default -> null;
        };
    }

    private static String label(Column column) {
        return column.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Absent cells (a short row, or an optional column the file does not have) read as empty. */
    private static String cell(CSVRecord record, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? "" : record.get(index);
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
