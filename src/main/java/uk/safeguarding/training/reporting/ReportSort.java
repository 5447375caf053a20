package uk.safeguarding.training.reporting;

/** The columns a report can be sorted by; each maps to one SQL expression, never to text from the browser. */
public enum ReportSort {
    NAME("u.display_name"),
    UNIT("ou.name"),
    COURSE("c.title"),
    DUE("a.due_on"),
    SCORE("e.last_attempt_score"),
    COMPLETED("cert.completed_on"),
    VALID_UNTIL("cert.valid_until");

    final String column;

    ReportSort(String column) {
        this.column = column;
    }
}
