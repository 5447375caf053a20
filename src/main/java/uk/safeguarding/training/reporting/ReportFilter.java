package uk.safeguarding.training.reporting;

import java.time.LocalDate;
import uk.safeguarding.training.learning.TrainingStatus;

/**
 * What a report shows: every field optional. Dates bound the due date (inclusive).
 */
public record ReportFilter(Long unitId, Long courseId, TrainingStatus status, LocalDate dueFrom, LocalDate dueTo, String name) {

    public static ReportFilter everything() {
        return new ReportFilter(null, null, null, null, null, null);
    }

    public ReportFilter withStatus(TrainingStatus newStatus) {
        return new ReportFilter(unitId, courseId, newStatus, dueFrom, dueTo, name);
    }

    public ReportFilter withUnit(Long newUnitId) {
        return new ReportFilter(newUnitId, courseId, status, dueFrom, dueTo, name);
    }

    public ReportFilter withName(String newName) {
        return new ReportFilter(unitId, courseId, status, dueFrom, dueTo, newName);
    }
}
