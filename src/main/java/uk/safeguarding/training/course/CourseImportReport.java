package uk.safeguarding.training.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import uk.safeguarding.training.shared.AbstractEntity;

/** The outcome of the last import of one course folder, shown to trainers: what was wrong, or that all was well. */
@Entity
@Table(name = "course_import_report")
public class CourseImportReport extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 300)
    private String folder;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(nullable = false, length = 500)
    private String outcome;

    /** One problem per line, "file:line: message". */
    @Column(nullable = false, length = UNBOUNDED)
    private String problems = "";

    protected CourseImportReport() {
    }

    CourseImportReport(String folder) {
        this.folder = folder;
    }

    void update(Instant at, String newOutcome, List<String> newProblems) {
        this.checkedAt = at;
        this.outcome = newOutcome;
        this.problems = String.join("\n", newProblems);
    }

    public String getFolder() {
        return folder;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getOutcome() {
        return outcome;
    }

    public List<String> getProblems() {
        return problems.isEmpty() ? List.of() : Arrays.asList(problems.split("\n"));
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
