package uk.safeguarding.training.staffimport.internal;

import uk.safeguarding.training.shared.SpreadsheetCells;

/**
 * Cells a spreadsheet program would run as a formula (CSV injection). The staff import refuses them rather than
 * storing them: a name would otherwise reach every later export and certificate.
 */
final class SpreadsheetFormula {

    private SpreadsheetFormula() {
    }

    /** Why the cell is refused, or null when it is plain text. */
    static String problem(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (raw.charAt(0) == '\t') {
            return "starts with a tab, which spreadsheet programs can run as a formula";
        }
        if (raw.charAt(0) == '\r') {
            return "starts with a carriage return, which spreadsheet programs can run as a formula";
        }
        String value = raw.strip();
        if (SpreadsheetCells.startsLikeFormula(value)) {
            return "starts with '" + value.charAt(0) + "' which spreadsheet programs run as a formula";
        }
        return null;
    }
}
