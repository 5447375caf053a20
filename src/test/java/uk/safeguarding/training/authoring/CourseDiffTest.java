package uk.safeguarding.training.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.authoring.CourseChange.Kind;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.PageDefinition;
import uk.safeguarding.training.course.QuestionDefinition;

/** What a trainer reads when comparing two versions: each kind of change, named where it happened. */
class CourseDiffTest {

    private final CourseDefinition base = CourseFolderWriterTest.read(Path.of("courses/cse-awareness"));

    @Test
    void the_same_course_has_no_changes() {
        assertThat(CourseDiff.between(base, base)).isEmpty();
    }

    @Test
    void a_new_content_checked_date_is_a_settings_change() {
        CourseDefinition rechecked = new CourseDefinition(base.id(), base.title(), base.summary(), base.audience(),
                base.estimatedMinutes(), base.passMark(), base.questionsPerAttempt(), base.validityMonths(),
                base.attemptPolicy(), base.sources(), base.modules(), base.questions(), base.knowledgeChecks(),
                base.assets(), base.contentChecked().plusMonths(6), base.scenarios(), base.scenarioSettings());

        assertThat(CourseDiff.between(base, rechecked)).extracting(CourseChange::description)
                .containsExactly("Content checked changed from " + base.contentChecked() + " to "
                        + base.contentChecked().plusMonths(6));
    }

    @Test
    void modules_pages_questions_and_settings_are_reported_as_added_removed_edited_or_moved() {
        CourseDefinition changed = DraftEdits.module(base, 0, m -> DraftLifecycleIT.withPage(m, 1, "New text."));
        changed = DraftEdits.moveModule(changed, 4, 3);
        changed = DraftEdits.removeModule(changed, 2);
        changed = DraftEdits.addModule(changed, "Online safety");
        QuestionDefinition q = changed.questions().getFirst();
        changed = DraftEdits.question(changed, DraftEdits.Bank.QUESTIONS, 0, new QuestionDefinition(q.id(), q.moduleId(),
                q.sourceId(), q.type(), q.scenario(), "A new prompt?", q.options()));
        changed = DraftEdits.settings(changed, new DraftEdits.Settings("New title", base.summary(), base.audience(),
                base.estimatedMinutes(), 90, base.questionsPerAttempt(), base.validityMonths(), 0, 0));
        changed = DraftEdits.module(changed, 0, m -> new uk.safeguarding.training.course.ModuleDefinition(m.id(), m.title(),
                m.objectives(), m.sourceIds(), List.of(m.pages().get(1), m.pages().get(0), new PageDefinition("Extra", List.of(), "x"))));

        List<CourseChange> changes = CourseDiff.between(base, changed);

        assertThat(changes).extracting(c -> c.kind() + " " + c.area() + ": " + c.description()).contains(
                "CHANGED Course settings: Title changed from 'Child sexual exploitation (CSE) awareness' to 'New title'",
                "CHANGED Course settings: Pass mark changed from 80 to 90",
                "CHANGED Module 1: What child sexual exploitation is: Page 1 'Grooming and why it can look consensual': text changed",
                "MOVED Module 1: What child sexual exploitation is: Page 1 'Grooming and why it can look consensual' moved from page 2",
                "ADDED Module 1: What child sexual exploitation is: Page 3 'Extra' added",
                "ADDED Module 5: Online safety: Module added with 1 page",
                "REMOVED Module 3: Consent: Module removed",
                "CHANGED Questions: Question 'what-01' edited (prompt)");
        assertThat(changes).filteredOn(c -> c.kind() == Kind.REMOVED && c.area().equals("Module 1: What child sexual exploitation is"))
                .extracting(CourseChange::description).anyMatch(d -> d.startsWith("Page '"));
        assertThat(changes).filteredOn(c -> c.area().equals("Questions") && c.kind() == Kind.REMOVED).isNotEmpty();
        assertThat(changes).anyMatch(c -> c.kind() == Kind.MOVED && c.description().startsWith("Module moved from position"));
    }
}
