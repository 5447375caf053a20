package uk.safeguarding.training.reporting;

import java.util.List;

/**
 * Everything a report shows about a filter besides its rows, counted by one grouped statement: the figures at the top,
 * the compliance chart and, as {@code summary.assignments()}, how many rows the grid has.
 */
public record ReportOverview(ReportSummary summary, List<UnitCompliance> units) {

    public ReportOverview {
        units = List.copyOf(units);
    }

    /** How many rows the filter shows: the grid's size and the exports' length. */
    public int rows() {
        return (int) Math.min(Integer.MAX_VALUE, summary.assignments());
    }
}
