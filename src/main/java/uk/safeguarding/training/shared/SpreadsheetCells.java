package uk.safeguarding.training.shared;

/** Text written to a CSV or spreadsheet cell, made safe to open in Excel, LibreOffice or Google Sheets. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /**
     * A cell starting with =, +, -, @, tab or carriage return would be run by a spreadsheet as a formula
     * (CSV injection); a leading apostrophe makes it plain text.
     */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return startsLikeFormula(value) ? "'" + value : value;
    }

    /** Whether a spreadsheet would run the cell as a formula: it starts with =, +, -, @, tab or carriage return. */
    public static boolean startsLikeFormula(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }
}
