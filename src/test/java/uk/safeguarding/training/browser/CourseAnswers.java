package uk.safeguarding.training.browser;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.safeguarding.training.content.CourseText;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.settings.OrganisationService;

/**
 * The answer key, looked up the way a trainer would: from the published course, by the question's visible text.
 * Used by browser tests to answer right, or deliberately wrong.
 */
final class CourseAnswers {

    private final CourseDefinition course;
    private final CourseText text;
    private final Map<String, String> values;

    CourseAnswers(CourseCatalog catalog, CourseText text, OrganisationService organisation) {
        this.course = catalog.definition(catalog.newest("cse-awareness").orElseThrow().versionId());
        this.text = text;
        this.values = organisation.profile().placeholderValues();
    }

    CourseDefinition course() {
        return course;
    }

    /** The positions, among the shown option labels, of the correct options of the question with this prompt. */
    Set<Integer> correctPositions(String scenario, List<String> shownOptions) {
        QuestionDefinition question = find(scenario, shownOptions);
        Set<Integer> positions = new HashSet<>();
        for (int i = 0; i < shownOptions.size(); i++) {
            String shown = shownOptions.get(i);
            if (question.options().stream().anyMatch(o -> o.correct() && text.plainText(o.text(), values).equals(shown))) {
                positions.add(i);
            }
        }
        return positions;
    }

    /** One wrong position, for failing on purpose. */
    int wrongPosition(String scenario, List<String> shownOptions) {
        Set<Integer> correct = correctPositions(scenario, shownOptions);
        for (int i = 0; i < shownOptions.size(); i++) {
            if (!correct.contains(i)) {
                return i;
            }
        }
        throw new IllegalStateException("Every option is correct");
    }

    List<String> allFeedback() {
        return course.questions().stream().flatMap(q -> q.options().stream()).map(o -> text.plainText(o.feedback(), values)).toList();
    }

    private QuestionDefinition find(String scenario, List<String> shownOptions) {
        Set<String> shown = new HashSet<>(shownOptions);
        return java.util.stream.Stream.concat(course.questions().stream(), course.knowledgeChecks().stream())
                .filter(q -> text.plainText(q.scenario(), values).strip().equals(scenario.strip()))
                .filter(q -> shown.equals(new HashSet<>(q.options().stream().map(o -> text.plainText(o.text(), values)).toList())))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No question with scenario: " + scenario));
    }
}
