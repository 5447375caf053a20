package uk.safeguarding.training.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.safeguarding.training.certificate.Certificate;
import uk.safeguarding.training.certificate.CertificateService;
import uk.safeguarding.training.certificate.CertificateStatus;
import uk.safeguarding.training.certificate.Verification;
import uk.safeguarding.training.certificate.VerificationService;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.CourseVersion;
import uk.safeguarding.training.course.EditionChoice;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.AssessmentService;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.learning.LearnerViews.AttemptSheet;
import uk.safeguarding.training.learning.LearnerViews.CheckQuestion;
import uk.safeguarding.training.learning.LearnerViews.MyCourse;
import uk.safeguarding.training.learning.LearnerViews.Position;
import uk.safeguarding.training.learning.LearningService;
import uk.safeguarding.training.learning.TrainingStatus;
import uk.safeguarding.training.reporting.ReportFilter;
import uk.safeguarding.training.reporting.ReportRow;
import uk.safeguarding.training.reporting.ReportingService;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.FreshPeople;

/**
 * A trainer publishes a new edition of a copy of the shipped course: a certificate holder is assigned the update of
 * the changed module and, once done, holds a certificate of the new edition while the old one verifies as
 * superseded; people part-way through move to the new edition only at a module boundary, keeping unchanged modules;
 * a minor correction changes nothing for anyone. Fresh people only, so no demo state changes.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class EditionsIT {

    static final String COURSE = "editions-course";
    static final String TRAINER = "trainer@demo.test";
    static final String CHANGED = "This page was rewritten for edition 2.";
    static final String REASON = "The law on trafficking is now taught under the Modern Slavery Act 2015";

    @Autowired
    IdentityService identity;
    @Autowired
    AuthoringService authoring;
    @Autowired
    AssignmentService assignments;
    @Autowired
    LearningService learning;
    @Autowired
    AssessmentService assessment;
    @Autowired
    CertificateService certificates;
    @Autowired
    VerificationService verification;
    @Autowired
    ReportingService reporting;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    uk.safeguarding.training.reporting.ReportExport reportExport;

    @Test
    void the_demo_has_a_second_edition_of_the_cse_course_with_people_to_update_and_one_update_done() {
        CourseVersion newest = catalog.version(catalog.newest("cse-awareness").orElseThrow().versionId()).orElseThrow();
        assertThat(newest.getEditionNumber()).isEqualTo(2);
        assertThat(newest.startedEdition().orElseThrow().reason()).contains("Modern Slavery Act 2015");
        for (String email : List.of("uma.begum@demo.test", "victor.osei@demo.test")) {
            assertThat(AsUser.call(identity, email, () -> learning.myTraining())).singleElement()
                    .satisfies(c -> assertThat(c.status()).isEqualTo(TrainingStatus.UPDATE_REQUIRED));
        }
        List<Certificate> wendy = AsUser.call(identity, "wendy.price@demo.test", () -> certificates.mine());
        assertThat(wendy).extracting(Certificate::getEditionNumber).containsExactlyInAnyOrder(1, 2);
        assertThat(wendy).extracting(certificates::statusOf)
                .containsExactlyInAnyOrder(CertificateStatus.SUPERSEDED, CertificateStatus.VALID);
    }

    @Test
    void a_new_edition_assigns_updates_moves_people_at_module_boundaries_and_supersedes_without_rewriting() {
        FreshPeople fresh = new FreshPeople(identity, assignments, jdbc);
        Draft first = AsUser.call(identity, TRAINER, () -> authoring.startCourse(COURSE, "Editions course", "cse-awareness"));
        AsUser.call(identity, TRAINER, () -> authoring.publish(COURSE, first.revision()));
        long version1 = catalog.newest(COURSE).orElseThrow().versionId();
        CourseDefinition v1 = catalog.definition(version1);
        String changedModule = v1.modules().get(1).id();

        UserAccount holder = fresh.learner("Hana");
        Certificate old = recordCompletion(holder, Instant.now().minus(60, ChronoUnit.DAYS));
        UserAccount atBoundary = fresh.learner("Bea");
        long bea = start(atBoundary);
        AsUser.run(identity, atBoundary.getEmail(), () -> completeModule(bea, 1, v1));
        UserAccount midModule = fresh.learner("Mo");
        long mo = start(midModule);
        AsUser.run(identity, midModule.getEmail(), () -> {
            completeModule(mo, 1, v1);
            learning.openPage(mo, 2, 1);
        });

        // A new edition with no reason is refused and nothing is published.
        Draft second = AsUser.call(identity, TRAINER, () -> authoring.open(COURSE));
        CourseDefinition edited = DraftEdits.module(second.definition(), 1, m -> DraftLifecycleIT.withPage(m, 0, CHANGED));
        Draft saved = AsUser.call(identity, TRAINER, () -> authoring.save(COURSE, edited, second.revision()));
        assertThatThrownBy(() -> AsUser.call(identity, TRAINER, () -> authoring.publish(COURSE, saved.revision(),
                EditionChoice.newEdition(List.of(changedModule), "", 30))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        assertThat(catalog.newest(COURSE).orElseThrow().versionId()).isEqualTo(version1);

        AuthoringService.Published published = AsUser.call(identity, TRAINER, () -> authoring.publish(COURSE,
                saved.revision(), EditionChoice.newEdition(List.of(changedModule), REASON, 30)));
        assertThat(published.versionNumber()).isEqualTo(2);
        assertThat(published.editionNumber()).isEqualTo(2);
        CourseVersion version2 = catalog.version(catalog.newest(COURSE).orElseThrow().versionId()).orElseThrow();
        assertThat(version2.startedEdition()).hasValueSatisfying(e -> {
            assertThat(e.changedModules()).containsExactly(changedModule);
            assertThat(e.reason()).isEqualTo(REASON);
            assertThat(e.updateDueDays()).isEqualTo(30);
        });

        // The holder: update required, in My training and in the report.
        MyCourse update = AsUser.call(identity, holder.getEmail(), () -> learning.myTraining()).getFirst();
        assertThat(update.status()).isEqualTo(TrainingStatus.UPDATE_REQUIRED);
        assertThat(update.update().reason()).isEqualTo(REASON);
        assertThat(update.update().toEdition()).isEqualTo(2);
        assertThat(update.update().moduleTitles()).containsExactly(v1.modules().get(1).title());
        assertThat(update.dueOn()).isEqualTo(LocalDate.now().plusDays(30));
        List<ReportRow> rows = new ArrayList<>();
        AsUser.run(identity, "admin@demo.test", () -> reporting.forEach(
                ReportFilter.everything().withStatus(TrainingStatus.UPDATE_REQUIRED).withName(holder.getEmail()), rows::add));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.validUntil()).isEqualTo(old.getValidUntil());
            assertThat(r.completedOn()).isEqualTo(old.getCompletedOn());
        });
        var csv = new java.io.ByteArrayOutputStream();
        AsUser.run(identity, "admin@demo.test", () -> reportExport.csv(ReportFilter.everything().withName(holder.getEmail()),
                csv, n -> { }));
        assertThat(csv.toString(java.nio.charset.StandardCharsets.UTF_8)).contains(holder.getDisplayName())
                .contains("Update required");

        // The update: only the changed module, then a short check from its questions; graded like any attempt.
        long updateEnrolment = AsUser.call(identity, holder.getEmail(), () -> learning.startOrContinue(update.assignmentId()))
                .enrolmentId();
        CourseDefinition v2 = catalog.definition(version2.getId());
        AsUser.run(identity, holder.getEmail(), () -> {
            var page = learning.openPage(updateEnrolment, 1, 1);
            assertThat(page.moduleCount()).isEqualTo(1);
            assertThat(page.moduleTitle()).isEqualTo(v2.modules().get(1).title());
            assertThat(page.html()).contains(CHANGED);
            completeModule(updateEnrolment, 1, v2.modules().get(1).pages().size());
            AttemptSheet sheet = assessment.startOrResume(updateEnrolment);
            assertThat(sheet.questions()).hasSize(3);
            assertThat(sheet.questions()).allSatisfy(q -> assertThat(question(v2, q.id()).moduleId()).isEqualTo(changedModule));
            assertThat(assessment.submit(updateEnrolment, sheet.attemptId(), rightAnswers(v2, sheet)).courseCompleted()).isTrue();
        });
        List<Certificate> held = AsUser.call(identity, holder.getEmail(), () -> certificates.mine());
        assertThat(held).hasSize(2);
        Certificate renewed = held.stream().filter(c -> !c.getId().equals(old.getId())).findFirst().orElseThrow();
        assertThat(renewed.getEditionNumber()).isEqualTo(2);
        assertThat(renewed.getValidUntil()).as("an update keeps the full completion's cycle").isEqualTo(old.getValidUntil());
        Certificate oldNow = held.stream().filter(c -> c.getId().equals(old.getId())).findFirst().orElseThrow();
        assertThat(List.of(oldNow.getCode(), oldNow.getValidUntil(), oldNow.getEditionNumber(), oldNow.getCompletedOn()))
                .as("never rewritten").isEqualTo(List.of(old.getCode(), old.getValidUntil(), 1, old.getCompletedOn()));
        assertThat(certificates.statusOf(oldNow)).isEqualTo(CertificateStatus.SUPERSEDED);
        Verification answer = verification.verify(old.getCode(), "192.0.2.1");
        assertThat(answer.outcome()).isEqualTo(Verification.Outcome.SUPERSEDED);
        assertThat(answer.supersededByEdition()).isEqualTo(2);
        assertThat(verification.verify(renewed.getCode(), "192.0.2.1").outcome()).isEqualTo(Verification.Outcome.VALID);
        assertThat(AsUser.call(identity, holder.getEmail(), () -> learning.myTraining())).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(TrainingStatus.COMPLETED));

        // At a module boundary: moves on, keeping module 1 (unchanged), and reads the new module 2.
        Position moved = AsUser.call(identity, atBoundary.getEmail(), () -> learning.startOrContinue(assignmentOf(bea)));
        assertThat(moved.moduleNumber()).isEqualTo(2);
        assertThat(versionOf(bea)).isEqualTo(version2.getId());
        AsUser.run(identity, atBoundary.getEmail(), () -> {
            var firstAfterMove = learning.openPage(bea, 2, 1);
            assertThat(firstAfterMove.html()).contains(CHANGED);
            assertThat(firstAfterMove.movedToEdition()).as("told once").isEqualTo(2);
            var later = learning.openPage(bea, 1, 2);
            assertThat(later.outline().getFirst().complete()).isTrue();
            assertThat(later.movedToEdition()).isNull();
        });

        // Mid-module: stays on edition 1 until the module is done, then moves and redoes the changed module.
        AsUser.run(identity, midModule.getEmail(), () -> {
            learning.startOrContinue(assignmentOf(mo));
            assertThat(versionOf(mo)).isEqualTo(version1);
            assertThat(learning.openPage(mo, 2, 2).html()).doesNotContain(CHANGED);
            completeModule(mo, 2, v1);
            assertThat(versionOf(mo)).isEqualTo(version1);
            var next = learning.openPage(mo, 3, 1);
            assertThat(versionOf(mo)).isEqualTo(version2.getId());
            assertThat(next.moduleNumber()).as("the changed module is done again first").isEqualTo(2);
            assertThat(next.movedToEdition()).isEqualTo(2);
            assertThat(next.html()).contains(CHANGED);
            assertThat(next.outline().getFirst().complete()).isTrue();
            assertThat(next.outline().get(1).complete()).isFalse();
        });

        // A minor correction: nobody moves and nobody is asked to update.
        Draft third = AsUser.call(identity, TRAINER, () -> authoring.open(COURSE));
        CourseDefinition corrected = DraftEdits.module(third.definition(), 2, m -> DraftLifecycleIT.withPage(m, 0, "Typo fixed."));
        Draft savedThird = AsUser.call(identity, TRAINER, () -> authoring.save(COURSE, corrected, third.revision()));
        AuthoringService.Published minor = AsUser.call(identity, TRAINER, () -> authoring.publish(COURSE, savedThird.revision()));
        assertThat(minor.versionNumber()).isEqualTo(3);
        assertThat(minor.editionNumber()).isEqualTo(2);
        AsUser.run(identity, atBoundary.getEmail(), () -> learning.startOrContinue(assignmentOf(bea)));
        assertThat(versionOf(bea)).isEqualTo(version2.getId());
        assertThat(AsUser.call(identity, holder.getEmail(), () -> learning.myTraining())).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(TrainingStatus.COMPLETED));
    }

    @Test
    void trainers_publishing_at_once_lose_nothing_and_get_unique_version_and_edition_numbers() throws Exception {
        String key = "parallel-editions";
        Draft first = AsUser.call(identity, TRAINER, () -> authoring.startCourse(key, "Parallel editions", "cse-awareness"));
        AsUser.call(identity, TRAINER, () -> authoring.publish(key, first.revision()));
        CourseDefinition base = catalog.definition(catalog.newest(key).orElseThrow().versionId());
        int publishers = 6;
        var ready = new java.util.concurrent.CountDownLatch(publishers);
        var go = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(publishers)) {
            List<java.util.concurrent.Future<CourseCatalog.PublishOutcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < publishers; i++) {
                int n = i;
                CourseDefinition changed = DraftEdits.module(base, 0, m -> DraftLifecycleIT.withPage(m, 0, "Change " + n));
                EditionChoice choice = n % 2 == 0 ? EditionChoice.newEdition(List.of(base.modules().getFirst().id()),
                        "Edition published by trainer " + n, 30) : EditionChoice.minorCorrection();
                outcomes.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return catalog.publish(changed, "parallel-" + n, "trainer" + n + "@demo.test", choice);
                }));
            }
            ready.await();
            go.countDown();
            for (var outcome : outcomes) {
                assertThat(outcome.get().created()).isTrue();
            }
        }
        List<CourseVersion> versions = catalog.versions(key);
        assertThat(versions).extracting(CourseVersion::getNumber).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7);
        assertThat(versions).extracting(CourseVersion::getContentHash).doesNotHaveDuplicates();
        assertThat(catalog.editions(key).editions()).extracting(e -> e.number()).containsExactly(1, 2, 3, 4);
        // Each version's edition is the edition of the version before it, plus one when it started an edition.
        List<CourseVersion> ordered = versions.reversed();
        for (int i = 1; i < ordered.size(); i++) {
            CourseVersion v = ordered.get(i);
            assertThat(v.getEditionNumber())
                    .isEqualTo(ordered.get(i - 1).getEditionNumber() + (v.startsEdition() ? 1 : 0));
        }
    }

    private Certificate recordCompletion(UserAccount person, Instant completedAt) {
        AsUser.run(identity, "admin@demo.test",
                () -> assignments.recordCompletion(person.getId(), COURSE, completedAt, 90, "admin@demo.test"));
        return AsUser.call(identity, person.getEmail(), () -> certificates.mine()).getFirst();
    }

    private long start(UserAccount person) {
        long assignment = AsUser.call(identity, "admin@demo.test",
                () -> assignments.assign(person.getId(), COURSE, LocalDate.now().plusDays(60), "test").getId());
        return AsUser.call(identity, person.getEmail(), () -> learning.startOrContinue(assignment).enrolmentId());
    }

    private long assignmentOf(long enrolmentId) {
        return jdbc.queryForObject("select assignment_id from enrolment where id = ?", Long.class, enrolmentId);
    }

    private long versionOf(long enrolmentId) {
        return jdbc.queryForObject("select course_version_id from enrolment where id = ?", Long.class, enrolmentId);
    }

    private void completeModule(long enrolment, int module, CourseDefinition course) {
        completeModule(enrolment, module, course.modules().get(module - 1).pages().size());
    }

    private void completeModule(long enrolment, int module, int pages) {
        for (int p = 1; p <= pages; p++) {
            learning.openPage(enrolment, module, p);
        }
        for (CheckQuestion q : learning.knowledgeCheck(enrolment, module).questions()) {
            learning.answerCheck(enrolment, module, q.id(), Set.of(0));
        }
    }

    private static QuestionDefinition question(CourseDefinition course, String id) {
        return course.questions().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    static Map<String, Set<Integer>> rightAnswers(CourseDefinition course, AttemptSheet sheet) {
        Map<String, Set<Integer>> answers = new HashMap<>();
        for (CheckQuestion shown : sheet.questions()) {
            QuestionDefinition q = question(course, shown.id());
            Set<Integer> positions = new HashSet<>();
            for (int i = 0; i < shown.options().size(); i++) {
                String text = shown.options().get(i);
                if (q.options().stream().anyMatch(o -> o.correct() && o.text().equals(text))) {
                    positions.add(i);
                }
            }
            answers.put(q.id(), positions);
        }
        return answers;
    }
}
