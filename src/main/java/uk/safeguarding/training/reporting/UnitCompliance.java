package uk.safeguarding.training.reporting;

/** One bar of the compliance chart: a unit with everything below it. */
public record UnitCompliance(long unitId, String unit, long assignments, long compliant) {

    public int percent() {
        return assignments == 0 ? 100 : (int) (compliant * 100 / assignments);
    }
}
