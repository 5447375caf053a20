package uk.safeguarding.training.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.safeguarding.training.shared.AbstractEntity;

/**
 * One sitting of a course's final assessment: the questions drawn (with their option order), and once submitted
 * the answers and the score. Stored in full so a result can be shown, and defended, later.
 */
@Entity
@Table(name = "attempt")
public class Attempt extends AbstractEntity {

    @Column(name = "enrolment_id", nullable = false)
    private long enrolmentId;

    @Column(name = "course_version_id", nullable = false)
    private long courseVersionId;

    @Column(nullable = false)
    private int number;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "draw_json", nullable = false, length = UNBOUNDED)
    private String drawJson;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "answers_json", length = UNBOUNDED)
    private String answersJson;

    @Column(name = "correct_count")
    private Integer correctCount;

    @Column(name = "question_count", nullable = false)
    private int questionCount;

    @Column(name = "score_percent")
    private Integer scorePercent;

    @Column
    private Boolean passed;

    protected Attempt() {
    }

    Attempt(long enrolmentId, long courseVersionId, int number, Instant startedAt, String drawJson, int questionCount) {
        this.enrolmentId = enrolmentId;
        this.courseVersionId = courseVersionId;
        this.number = number;
        this.startedAt = startedAt;
        this.drawJson = drawJson;
        this.questionCount = questionCount;
    }

    public long getEnrolmentId() {
        return enrolmentId;
    }

    public long getCourseVersionId() {
        return courseVersionId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    String getDrawJson() {
        return drawJson;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    String getAnswersJson() {
        return answersJson;
    }

    /** False before submission, and after the answers were deleted under the retention policy. */
    public boolean hasAnswers() {
        return answersJson != null;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public Integer getCorrectCount() {
        return correctCount;
    }

    public int getQuestionCount() {
        return questionCount;
    }

    public Integer getScorePercent() {
        return scorePercent;
    }

    public boolean isPassed() {
        return Boolean.TRUE.equals(passed);
    }
}
