package uk.safeguarding.training.staffimport;

import java.util.List;

/**
 * The preview of a staff import: what happens to every row, or the problems that keep the whole file from being
 * read. Confirming it re-checks every row against the data as it is then.
 */
public record StaffImportPlan(String fileName, List<String> fileProblems, List<String> ignoredColumns,
                              List<StaffImportRow> rows) {

    public StaffImportPlan {
        fileProblems = List.copyOf(fileProblems);
        ignoredColumns = List.copyOf(ignoredColumns);
        rows = List.copyOf(rows);
    }

    public long count(StaffImportRow.Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** Every reason a row is refused, in row order, as "Row 7, name: ...". */
    public List<String> problems() {
        return rows.stream().flatMap(r -> r.problems().stream()).toList();
    }

    /** True when confirming would write anything. */
    public boolean hasWork() {
        return fileProblems.isEmpty() && rows.stream().anyMatch(r ->
                r.outcome() == StaffImportRow.Outcome.CREATE || r.outcome() == StaffImportRow.Outcome.UPDATE);
    }

    /** Same outcome, changes and problems for every row: nothing changed in between that the preview would show. */
    public boolean sameAs(StaffImportPlan other) {
        return other != null && rows.equals(other.rows) && fileProblems.equals(other.fileProblems);
    }
}
