package uk.safeguarding.training.reporting;

/** The figures at the top of a report. */
public record ReportSummary(long people, long assignments, long compliant, long overdue, long expiring) {

    public int compliantPercent() {
        return assignments == 0 ? 100 : (int) (compliant * 100 / assignments);
    }
}
