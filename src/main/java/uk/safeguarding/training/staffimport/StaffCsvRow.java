package uk.safeguarding.training.staffimport;

/**
 * One row of a staff CSV file as written, before any check: the cells are stripped of surrounding spaces only where
 * that is harmless (see {@code StaffCsvParser}).
 *
 * @param row the row number a spreadsheet shows (the header is row 1)
 */
public record StaffCsvRow(int row, String email, String name, String unit, String roles, String managedUnits) {
}
