package uk.safeguarding.training.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.shared.AbstractEntity;

/**
 * One play of a scenario: the choices made so far (as positions in the scenario file, whatever order the learner
 * saw them in) and, once an ending is reached, which one, its outcome and the score. The server walks the graph on
 * every choice, so a stored path is always one the scenario allows.
 */
@Entity
@Table(name = "scenario_play")
public class ScenarioPlay extends AbstractEntity {

    /** More choices than any sensible play needs; a loop cannot grow a path without end. */
    public static final int MAX_CHOICES = 60;

    @Column(name = "enrolment_id", nullable = false)
    private long enrolmentId;

    @Column(name = "course_version_id", nullable = false)
    private long courseVersionId;

    @Column(name = "module_id", nullable = false, length = 100)
    private String moduleId;

    @Column(name = "scenario_id", nullable = false, length = 100)
    private String scenarioId;

    /** Set when the play is part of a final assessment attempt. */
    @Column(name = "attempt_id")
    private Long attemptId;

    @Column(nullable = false, length = 300)
    private String path = "";

    @Column(name = "ending_id", length = 100)
    private String endingId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private EndingKind outcome;

    @Column(name = "score_percent")
    private Integer scorePercent;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ScenarioPlay() {
    }

    ScenarioPlay(long enrolmentId, long courseVersionId, String moduleId, String scenarioId, Long attemptId,
                 Instant startedAt) {
        this.enrolmentId = enrolmentId;
        this.courseVersionId = courseVersionId;
        this.moduleId = moduleId;
        this.scenarioId = scenarioId;
        this.attemptId = attemptId;
        this.startedAt = startedAt;
    }

    public List<Integer> choices() {
        return path.isEmpty() ? List.of() : Arrays.stream(path.split(",")).map(Integer::valueOf).toList();
    }

    /** The path as stored: the choices' positions in the file, separated by commas. */
    String getPath() {
        return path;
    }

    void setChoices(List<Integer> choices) {
        path = written(choices);
    }

    static String written(List<Integer> choices) {
        if (choices.size() > MAX_CHOICES) {
            throw new IllegalArgumentException("This play has gone on too long; start the scenario again");
        }
        return choices.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    void finish(String ending, EndingKind kind, int percent, Instant at) {
        this.endingId = ending;
        this.outcome = kind;
        this.scorePercent = percent;
        this.finishedAt = at;
    }

    /** The assessment's marking of a scenario: right only when the play reached a good ending. */
    public boolean endedWell() {
        return finished() && outcome == EndingKind.GOOD;
    }

    public boolean finished() {
        return finishedAt != null;
    }

    public long getEnrolmentId() {
        return enrolmentId;
    }

    public long getCourseVersionId() {
        return courseVersionId;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getScenarioId() {
        return scenarioId;
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public String getEndingId() {
        return endingId;
    }

    public EndingKind getOutcome() {
        return outcome;
    }

    public Integer getScorePercent() {
        return scorePercent;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
