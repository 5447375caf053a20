/**
 * Staff import from a CSV or spreadsheet file: parsing, the preview with each row's problems, and applying it. It reads
 * and writes people only through identity's {@code StaffDirectory}.
 */
package uk.safeguarding.training.staffimport;
