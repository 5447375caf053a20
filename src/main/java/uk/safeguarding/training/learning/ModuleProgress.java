package uk.safeguarding.training.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.safeguarding.training.shared.AbstractEntity;

/** Which pages of one module a learner has seen, and which knowledge-check questions they have answered. */
@Entity
@Table(name = "module_progress")
public class ModuleProgress extends AbstractEntity {

    @Column(name = "enrolment_id", nullable = false)
    private long enrolmentId;

    @Column(name = "module_id", nullable = false, length = 100)
    private String moduleId;

    /** Comma-separated page indexes. */
    @Column(name = "seen_pages", nullable = false, length = 1000)
    private String seenPages = "";

    /** Comma-separated knowledge-check question ids. */
    @Column(name = "checks_answered", nullable = false, length = 2000)
    private String checksAnswered = "";

    /** Comma-separated ids of the module's scenarios played to any ending. */
    @Column(name = "scenarios_ended", nullable = false, length = 2000)
    private String scenariosEnded = "";

    /** Comma-separated ids of the module's scenarios played to a good ending. */
    @Column(name = "scenarios_good", nullable = false, length = 2000)
    private String scenariosGood = "";

    protected ModuleProgress() {
    }

    ModuleProgress(long enrolmentId, String moduleId) {
        this.enrolmentId = enrolmentId;
        this.moduleId = moduleId;
    }

    public String getModuleId() {
        return moduleId;
    }

    public Set<Integer> seenPages() {
        return split(seenPages).stream().map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    public Set<String> checksAnswered() {
        return split(checksAnswered);
    }

    /** @return true when the page had not been seen before */
    boolean markSeen(int pageIndex) {
        Set<Integer> pages = seenPages();
        if (!pages.add(pageIndex)) {
            return false;
        }
        seenPages = pages.stream().map(String::valueOf).collect(Collectors.joining(","));
        return true;
    }

    void markCheckAnswered(String questionId) {
        Set<String> answered = checksAnswered();
        if (answered.add(questionId)) {
            checksAnswered = String.join(",", answered);
        }
    }

    public Set<String> scenariosEnded() {
        return split(scenariosEnded);
    }

    public Set<String> scenariosGood() {
        return split(scenariosGood);
    }

    void markScenarioEnded(String scenarioId, boolean good) {
        Set<String> ended = scenariosEnded();
        if (ended.add(scenarioId)) {
            scenariosEnded = String.join(",", ended);
        }
        Set<String> wellEnded = scenariosGood();
        if (good && wellEnded.add(scenarioId)) {
            scenariosGood = String.join(",", wellEnded);
        }
    }

    private static Set<String> split(String value) {
        return value.isEmpty() ? new TreeSet<>() : new TreeSet<>(Arrays.asList(value.split(",")));
    }
}
