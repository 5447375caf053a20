package uk.safeguarding.training.course;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a trainer says when publishing: a minor correction (nothing changes for anyone) or a new edition that requires
 * everyone holding a certificate of an earlier edition to do an update of the changed modules.
 *
 * @param changedModules module ids of the version being published (new edition only)
 * @param reason         shown to learners (new edition only)
 * @param updateDueDays  days after publication the update is due (new edition only)
 */
public record EditionChoice(boolean newEdition, List<String> changedModules, String reason, int updateDueDays) {

    public static final int MIN_REASON = 10;
    public static final int MAX_REASON = 1000;
    public static final int MAX_DUE_DAYS = 365;
    public static final int DEFAULT_DUE_DAYS = 30;

    public EditionChoice {
        changedModules = changedModules == null ? List.of() : List.copyOf(new LinkedHashSet<>(changedModules));
        reason = reason == null ? null : reason.strip();
    }

    public static EditionChoice minorCorrection() {
        return new EditionChoice(false, List.of(), null, 0);
    }

    public static EditionChoice newEdition(List<String> changedModules, String reason, int updateDueDays) {
        return new EditionChoice(true, changedModules, reason, updateDueDays);
    }

    /**
     * Every problem with this choice for the course about to be published, in words a trainer can act on; empty when
     * it may be published.
     */
    public List<String> problems(CourseDefinition course) {
        List<String> problems = new ArrayList<>();
        if (!newEdition) {
            return problems;
        }
        if (changedModules.isEmpty()) {
            problems.add("Choose at least one changed module: an update consists of the changed modules.");
        }
        Set<String> known = new LinkedHashSet<>();
        course.modules().forEach(m -> known.add(m.id()));
        changedModules.stream().filter(id -> !known.contains(id))
                .forEach(id -> problems.add("The course has no module \"" + id + "\"."));
        if (reason == null || reason.length() < MIN_REASON) {
            problems.add("Give learners a reason of at least " + MIN_REASON + " characters: it tells them why they must update.");
        } else if (reason.length() > MAX_REASON) {
            problems.add("The reason is " + reason.length() + " characters long; at most " + MAX_REASON + " are kept.");
        } else if (reason.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            problems.add("The reason may not contain tabs or other control characters.");
        }
        if (updateDueDays < 1 || updateDueDays > MAX_DUE_DAYS) {
            problems.add("The update must be due between 1 and " + MAX_DUE_DAYS + " days after publication.");
        }
        return problems;
    }
}
