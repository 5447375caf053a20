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
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
