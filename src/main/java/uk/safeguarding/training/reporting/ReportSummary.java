package uk.safeguarding.training.reporting;

/**
 * The figures at the top of a report.
 *
 * @param expiringWithinDays the organisation's expiring window the {@code expiring} figure was counted with
 */
public record ReportSummary(long people, long assignments, long compliant, long overdue, long expiring,
                            int expiringWithinDays) {

    public int compliantPercent() {
        return assignments == 0 ? 100 : (int) (compliant * 100 / assignments);
    }
}
