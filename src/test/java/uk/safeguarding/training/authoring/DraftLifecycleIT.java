package uk.safeguarding.training.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.content.CourseFileSet;
import uk.safeguarding.training.content.CoursePart;
import uk.safeguarding.training.content.CourseZip;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.PageDefinition;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.FixtureTest;

/** A draft from start to publication: saved with every change, checked by the validator, guarded against overwrites. */
@FixtureTest
class DraftLifecycleIT {

    @Autowired
    PeopleFixture people;
    @Autowired
    CourseFixture courses;

    /** A trainer of this test's own, and the fixtures' administrator (whose saves the trainer meets). */
    String trainer;
    String admin;

    @BeforeEach
    void aTrainerAnAdministratorAndTheShippedCourse() {
        courses.shipped();
        trainer = people.person("Trainer", people.unit("Authoring"), LocalDate.now().minusYears(2), Role.TRAINER).getEmail();
        admin = people.administrator().getEmail();
    }

    @Autowired
    IdentityService identity;
    @Autowired
    AuthoringService authoring;
    @Autowired
    CourseVersionService versions;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    AuditLog audit;

    @Test
    void a_draft_is_saved_checked_and_published_as_the_next_version_whose_export_reads_back_the_same() throws Exception {
        Draft draft = AsUser.call(identity, trainer, () -> authoring.startCourse("lifecycle-course", "Lifecycle course",
                "cse-awareness"));
        assertThat(draft.problems()).isEmpty();
        assertThat(draft.revision()).isEqualTo(1);

        CourseDefinition broken = DraftEdits.module(draft.definition(), 1, m -> withPage(m, 0, "Text with <script>alert(1)</script>"));
        Draft saved = AsUser.call(identity, trainer, () -> authoring.save("lifecycle-course", broken, 1));
        assertThat(saved.revision()).isEqualTo(2);
        assertThat(saved.problems()).singleElement().satisfies(p -> {
            assertThat(p.part()).isEqualTo(new CoursePart(CoursePart.Kind.PAGE, 1, 0, "markdown"));
            assertThat(p.lineInPart()).isEqualTo(1);
            assertThat(p.message()).isEqualTo("unsafe HTML <script> is not allowed");
        });
        assertThatThrownBy(() -> AsUser.call(identity, trainer, () -> authoring.publish("lifecycle-course", 2)))
                .isInstanceOf(uk.safeguarding.training.shared.Refusal.class).hasMessageContaining("1 problem");

        CourseDefinition fixed = DraftEdits.module(broken, 1, m -> withPage(m, 0, "Text, now **safe**."));
        AsUser.call(identity, admin, () -> authoring.save("lifecycle-course", fixed, 2));
        AuthoringService.Published published = AsUser.call(identity, trainer, () -> authoring.publish("lifecycle-course", 3));

        assertThat(published.created()).isTrue();
        assertThat(published.versionNumber()).isEqualTo(1);
        long versionId = catalog.newest("lifecycle-course").orElseThrow().versionId();
        assertThat(catalog.definition(versionId).modules().get(1).pages().getFirst().markdown()).isEqualTo("Text, now **safe**.");
        assertThat(AsUser.call(identity, trainer, () -> authoring.draft("lifecycle-course"))).isEmpty();
        assertThat(audit.byAction(AuditAction.COURSE_DRAFT_SAVED)).extracting(e -> e.getActor() + " " + e.getDetails())
                .contains(admin + " Revision 3: Module 2: Signs and risk factors: Page 1 'Why spotting the signs matters': text changed")
                .anyMatch(d -> d.startsWith(trainer + " Revision 2"));
        assertThat(audit.byAction(AuditAction.COURSE_PUBLISHED)).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo(trainer);
            assertThat(e.getSubject()).isEqualTo("Lifecycle course version 1");
        });

        // A version published from the editor exports as the canonical files, which import as the same content.
        byte[] zip = AsUser.call(identity, trainer, () -> versions.export(versionId)).zip();
        CourseFileSet files = CourseZip.unzip(new ByteArrayInputStream(zip));
        assertThat(files.read().course()).isEqualTo(catalog.definition(versionId));
        var again = AsUser.call(identity, trainer, () -> versions.importZip("lifecycle.zip", new ByteArrayInputStream(zip)));
        assertThat(again.created()).isFalse();
        assertThat(again.versionNumber()).isEqualTo(1);
    }

    @Test
    void a_save_over_someone_elses_newer_save_is_refused_with_who_and_when() {
        Draft draft = AsUser.call(identity, trainer, () -> authoring.startCourse("two-trainers", "Two trainers", "cse-awareness"));
        CourseDefinition mine = DraftEdits.settings(draft.definition(), withTitle(draft.definition(), "Mine"));
        CourseDefinition theirs = DraftEdits.settings(draft.definition(), withTitle(draft.definition(), "Theirs"));
        AsUser.call(identity, admin, () -> authoring.save("two-trainers", theirs, draft.revision()));

        assertThatThrownBy(() -> AsUser.call(identity, trainer, () -> authoring.save("two-trainers", mine, draft.revision())))
                .isInstanceOf(DraftConflictException.class)
                .hasMessageStartingWith(admin + " saved this draft on ")
                .hasMessageContaining("your last change was not saved");
        assertThat(AsUser.call(identity, trainer, () -> authoring.draft("two-trainers")).orElseThrow().definition().title())
                .isEqualTo("Theirs");
        assertThatThrownBy(() -> AsUser.call(identity, trainer, () -> authoring.publish("two-trainers", draft.revision())))
                .isInstanceOf(DraftConflictException.class);
    }

    @Test
    void opening_a_published_course_starts_a_draft_of_its_newest_version_and_the_list_shows_it() {
        Draft draft = AsUser.call(identity, trainer, () -> authoring.open("cse-awareness"));
        Draft again = AsUser.call(identity, admin, () -> authoring.open("cse-awareness"));

        assertThat(again.revision()).isEqualTo(draft.revision());
        assertThat(draft.definition()).isEqualTo(catalog.definition(catalog.newest("cse-awareness").orElseThrow().versionId()));
        assertThat(draft.basedOnVersion()).isEqualTo(draft.newestVersion());
        assertThat(AsUser.call(identity, trainer, () -> authoring.courses())).filteredOn(c -> c.key().equals("cse-awareness"))
                .singleElement().satisfies(c -> {
                    assertThat(c.hasDraft()).isTrue();
                    assertThat(c.publishedVersion()).isNotNull();
                    assertThat(c.lastChangeBy()).isEqualTo(trainer);
                });
        AsUser.run(identity, trainer, () -> authoring.discard("cse-awareness", draft.revision()));
        assertThat(AsUser.call(identity, trainer, () -> authoring.draft("cse-awareness"))).isEmpty();
    }

    @Test
    void a_new_course_needs_a_valid_unused_id() {
        assertThatThrownBy(() -> AsUser.call(identity, trainer, () -> authoring.startCourse("Bad Id", "x", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> AsUser.call(identity, trainer, () -> authoring.startCourse("cse-awareness", "x", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already");
        Draft empty = AsUser.call(identity, trainer, () -> authoring.startCourse("empty-course", "Empty", ""));
        assertThat(empty.problems()).extracting(p -> p.part() == null ? null : p.part().kind())
                .contains(CoursePart.Kind.COURSE, CoursePart.Kind.QUESTIONS).doesNotContainNull();
    }

    private static DraftEdits.Settings withTitle(CourseDefinition c, String title) {
        DraftEdits.Settings s = DraftEdits.Settings.of(c);
        return new DraftEdits.Settings(title, s.summary(), s.audience(), s.estimatedMinutes(), s.passMark(),
                s.questionsPerAttempt(), s.validityMonths(), s.maxAttempts(), s.waitMinutes());
    }

    static ModuleDefinition withPage(ModuleDefinition m, int index, String markdown) {
        List<PageDefinition> pages = new ArrayList<>(m.pages());
        PageDefinition old = pages.get(index);
        pages.set(index, new PageDefinition(old.title(), old.sourceIds(), markdown));
        return new ModuleDefinition(m.id(), m.title(), m.objectives(), m.sourceIds(), pages);
    }
}
