package uk.safeguarding.training.content.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import uk.safeguarding.training.course.AttemptPolicy;
import uk.safeguarding.training.course.ScenarioSettings;
import uk.safeguarding.training.course.SourceDefinition;

/**
 * What course.yaml says, with the lines later checks need. Numbers are null when missing or invalid (already
 * reported), so cross-file checks can skip rather than pile a second message on the same mistake.
 */
record CourseHeader(
        String id,
        String title,
        String summary,
        String audience,
        Integer estimatedMinutes,
        Integer passMark,
        Located<Integer> questionsPerAttempt,
        Integer validityMonths,
        AttemptPolicy attemptPolicy,
        List<SourceDefinition> sources,
        List<Located<String>> moduleIds,
        LocalDate contentChecked,
        ScenarioSettings scenarioSettings) {

    Set<String> sourceIds() {
        return sources.stream().map(SourceDefinition::id).collect(Collectors.toUnmodifiableSet());
    }

    List<String> moduleIdList() {
        return moduleIds.stream().map(Located::value).distinct().toList();
    }
}
