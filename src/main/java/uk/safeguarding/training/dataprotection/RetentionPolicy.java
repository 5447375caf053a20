package uk.safeguarding.training.dataprotection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How long personal data is kept: completion records and certificates for {@code keepRecordsYears} after a person
 * leaves (then the person is erased), individual quiz answers for {@code keepAnswersMonths} after they were submitted
 * (scores and pass outcomes stay). One row, id 1, created by the migration with the defaults.
 */
@Entity
@Table(name = "retention_policy")
public class RetentionPolicy {

    public static final int DEFAULT_RECORDS_YEARS = 6;
    public static final int DEFAULT_ANSWERS_MONTHS = 12;
    public static final int MIN_RECORDS_YEARS = 1;
    public static final int MAX_RECORDS_YEARS = 100;
    public static final int MIN_ANSWERS_MONTHS = 1;
    public static final int MAX_ANSWERS_MONTHS = 1200;

    static final long ID = 1;

    @Id
    private Long id;
    @Version
    private long version;
    @Column(name = "keep_records_years", nullable = false)
    private int keepRecordsYears;
    @Column(name = "keep_answers_months", nullable = false)
    private int keepAnswersMonths;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by", length = 320)
    private String updatedBy;

    protected RetentionPolicy() {
    }

    public int getKeepRecordsYears() {
        return keepRecordsYears;
    }

    public int getKeepAnswersMonths() {
        return keepAnswersMonths;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    void change(int years, int months, Instant at, String by) {
        this.keepRecordsYears = years;
        this.keepAnswersMonths = months;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** A person who left before this day is erased on {@code today}: their N years after leaving are over. */
    public LocalDate eraseLeaversBefore(LocalDate today) {
        return today.minusYears(keepRecordsYears);
    }

    /** Answers submitted before the start of this day are deleted on {@code today}. */
    public LocalDate deleteAnswersBefore(LocalDate today) {
        return today.minusMonths(keepAnswersMonths);
    }

    /** What is wrong with the proposed periods, each naming the field; empty when both are acceptable. */
    public static List<String> problems(Integer years, Integer months) {
        List<String> problems = new ArrayList<>();
        if (years == null || years < MIN_RECORDS_YEARS || years > MAX_RECORDS_YEARS) {
            problems.add("Keep training records: enter a whole number of years from " + MIN_RECORDS_YEARS + " to "
                    + MAX_RECORDS_YEARS + ".");
        }
        if (months == null || months < MIN_ANSWERS_MONTHS || months > MAX_ANSWERS_MONTHS) {
            problems.add("Keep quiz answers: enter a whole number of months from " + MIN_ANSWERS_MONTHS + " to "
                    + MAX_ANSWERS_MONTHS + ".");
        }
        return problems;
    }
}
