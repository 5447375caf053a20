package uk.safeguarding.training.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import uk.safeguarding.training.shared.AbstractEntity;

/**
 * One person's run through one course version, for one assignment: where they are, and whether they finished.
 * The version is fixed when they start, so a version published later does not move them.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment extends AbstractEntity {

    /** Where "continue" takes the learner. */
    public enum Stage { PAGE, CHECK, ASSESSMENT, DONE }

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_version_id", nullable = false)
    private long courseVersionId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stage stage = Stage.PAGE;

    @Column(name = "module_index", nullable = false)
    private int moduleIndex;

    @Column(name = "page_index", nullable = false)
    private int pageIndex;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "score_percent")
    private Integer scorePercent;

    @Column(name = "last_attempt_score")
    private Integer lastAttemptScore;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    /** The module ids an update covers, comma separated; null for the whole course. */
    @Column(name = "module_scope", length = 2000)
    private String moduleScope;

    /** The edition this enrolment was moved to, until the learner has been told. */
    @Column(name = "edition_notice")
    private Integer editionNotice;

    protected Enrolment() {
    }

    Enrolment(long assignmentId, long userId, long courseVersionId, Instant startedAt) {
        this.assignmentId = assignmentId;
        this.userId = userId;
        this.courseVersionId = courseVersionId;
        this.startedAt = startedAt;
        this.lastActivityAt = startedAt;
    }

    Enrolment(long assignmentId, long userId, long courseVersionId, Instant startedAt, List<String> moduleScope) {
        this(assignmentId, userId, courseVersionId, startedAt);
        this.moduleScope = moduleScope == null ? null : String.join(",", moduleScope);
    }

    /** The modules this enrolment covers: empty for the whole course, else the modules of an update. */
    public List<String> moduleScope() {
        return moduleScope == null || moduleScope.isEmpty() ? List.of() : List.of(moduleScope.split(","));
    }

    /**
     * Moves an unfinished enrolment to a version of a newer edition, at a module boundary (docs/decisions/0018):
     * the caller has removed the progress of changed modules; the learner continues at the given module.
     */
    void moveToVersion(long newVersionId, int edition, List<String> newScope, int module, Instant at) {
        if (completedAt != null) {
            return;
        }
        courseVersionId = newVersionId;
        editionNotice = edition;
        moduleScope = newScope == null || newScope.isEmpty() ? null : String.join(",", newScope);
        stage = Stage.PAGE;
        moduleIndex = module;
        pageIndex = 0;
        lastActivityAt = at;
    }

    /** The edition the learner was moved to and has not yet been told about; null when none. Clears it. */
    Integer takeEditionNotice() {
        Integer notice = editionNotice;
        editionNotice = null;
        return notice;
    }

    void moveTo(Stage newStage, int module, int page, Instant at) {
        if (stage == Stage.DONE) {
            lastActivityAt = at;
            return;
        }
        this.stage = newStage;
        this.moduleIndex = module;
        this.pageIndex = page;
        this.lastActivityAt = at;
    }

    /** @return true when this call completed it; false when it was already complete */
    boolean complete(Instant at, int score) {
        if (completedAt != null) {
            return false;
        }
        completedAt = at;
        scorePercent = score;
        lastAttemptScore = score;
        lastAttemptAt = at;
        stage = Stage.DONE;
        lastActivityAt = at;
        return true;
    }

    void recordAttempt(int score, Instant at) {
        this.lastAttemptScore = score;
        this.lastAttemptAt = at;
    }

    public Integer getLastAttemptScore() {
        return lastAttemptScore;
    }

    public long getAssignmentId() {
        return assignmentId;
    }

    public long getUserId() {
        return userId;
    }

    public long getCourseVersionId() {
        return courseVersionId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public Stage getStage() {
        return stage;
    }

    public int getModuleIndex() {
        return moduleIndex;
    }

    public int getPageIndex() {
        return pageIndex;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Integer getScorePercent() {
        return scorePercent;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }
}
