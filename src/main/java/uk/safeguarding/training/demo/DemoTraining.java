package uk.safeguarding.training.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.safeguarding.training.content.CourseFolderWriter;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.EditionChoice;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.PageDefinition;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.SignedInUser;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.AssessmentService;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.learning.LearnerViews.AttemptSheet;
import uk.safeguarding.training.learning.LearnerViews.CheckQuestion;
import uk.safeguarding.training.learning.LearnerViews.Position;
import uk.safeguarding.training.learning.LearningService;
import uk.safeguarding.training.quiz.Eligibility;

/**
 * Puts the demo people in varied states through the real services, signed in as each of them in turn: not
 * started, in progress, due soon, overdue, completed (one through a failed and a passed attempt when the course's
 * attempt policy allows a retake straight away), expiring, expired.
 * Schools (managed by manager@demo.test) holds Northgate and Riverside; see the test fixture DemoPeople for who is where.
 */
@Component
class DemoTraining {

    static final String COURSE = "cse-awareness";
    private static final Logger log = LoggerFactory.getLogger(DemoTraining.class);

    private final IdentityService identity;
    private final AssignmentService assignments;
    private final LearningService learning;
    private final AssessmentService assessment;
    private final CourseCatalog catalog;
    private final Clock clock;

    DemoTraining(IdentityService identity, AssignmentService assignments, LearningService learning,
                 AssessmentService assessment, CourseCatalog catalog, Clock clock) {
        this.identity = identity;
        this.assignments = assignments;
        this.learning = learning;
        this.assessment = assessment;
        this.catalog = catalog;
        this.clock = clock;
    }

    void create() {
        if (catalog.newest(COURSE).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        UserAccount admin = identity.findByEmail("admin@demo.test").orElseThrow();
        List<UserAccount> people = identity.allPeopleForStartup();
        asUser(admin, () -> {
            for (String email : FIRST_EDITION_HOLDERS) {
                identity.findByEmail(email).ifPresent(person -> assignments.recordCompletion(person.getId(), COURSE,
                        clock.instant().minus(Duration.ofDays(90)), 87, "demo"));
            }
            return null;
        });
        publishSecondEdition();
        asUser(admin, () -> {
            for (UserAccount person : people) {
                String email = person.getEmail();
                switch (email) {
                    case "uma.begum@demo.test", "victor.osei@demo.test", "wendy.price@demo.test" -> { }
                    case "farhan.ali@demo.test" -> assignments.recordCompletion(person.getId(), COURSE,
                            clock.instant().minus(Duration.ofDays(60)), 93, "demo");
                    case "grace.hughes@demo.test" -> assignments.recordCompletion(person.getId(), COURSE,
                            clock.instant().minus(Duration.ofDays(350)), 87, "demo");
                    case "harry.jones@demo.test" -> assignments.recordCompletion(person.getId(), COURSE,
                            clock.instant().minus(Duration.ofDays(400)), 80, "demo");
                    default -> assignments.assign(person.getId(), COURSE, dueDate(email, today), "demo");
                }
            }
            return null;
        });
        progress("isla.kelly@demo.test", 3);
        progress("jamal.lewis@demo.test", 9);
        progress("manager@demo.test", 5);
        completeThroughAssessment("aisha.khan@demo.test");
        completeUpdate("wendy.price@demo.test");
    }

    /** Certified on edition 1; after edition 2 two need the update and wendy.price has done it. */
    static final List<String> FIRST_EDITION_HOLDERS = List.of("uma.begum@demo.test", "victor.osei@demo.test",
            "wendy.price@demo.test");
    static final String CHANGED_MODULE = "04-the-law";

    /**
     * The second edition of the CSE course, as a trainer would publish it after the course-quality corrections: the
     * law module gains a note on what changed, and everyone certified on edition 1 must do the update of that module
     * within 30 days. Published through the catalogue, the same path as the trainers' publish button.
     */
    private void publishSecondEdition() {
        var newest = catalog.newest(COURSE).orElseThrow();
        CourseDefinition first = catalog.definition(newest.versionId());
        List<ModuleDefinition> modules = first.modules().stream().map(m -> !m.id().equals(CHANGED_MODULE) ? m
                : new ModuleDefinition(m.id(), m.title(), m.objectives(), m.sourceIds(), withNote(m.pages()), m.scenarioIds()))
                .toList();
        CourseDefinition second = new CourseDefinition(first.id(), first.title(), first.summary(), first.audience(),
                first.estimatedMinutes(), first.passMark(), first.questionsPerAttempt(), first.validityMonths(),
                first.attemptPolicy(), first.sources(), modules, first.questions(), first.knowledgeChecks(), first.assets(),
                first.contentChecked(), first.scenarios(), first.scenarioSettings());
        // Written as course files and read back, as the editor publishes: the version keeps its files and its content
        // hash is the one an export and re-import of it gives.
        var files = new CourseFolderWriter().write(second).files();
        var read = files.read();
        if (!read.valid()) {
            throw new IllegalStateException("The demo's second edition is not a valid course: " + read.problems());
        }
        catalog.publish(read.course(), read.contentHash(), "trainer@demo.test", files.files(), EditionChoice.newEdition(
                List.of(CHANGED_MODULE), "Module 4 was corrected: trafficking is now taught under the Modern Slavery Act"
                        + " 2015, because section 59A of the Sexual Offences Act 2003 was repealed in 2015.", 30));
    }

    private static List<PageDefinition> withNote(List<PageDefinition> pages) {
        List<PageDefinition> changed = new java.util.ArrayList<>(pages);
        PageDefinition start = changed.getFirst();
        changed.set(0, new PageDefinition(start.title(), start.sourceIds(), start.markdown()
                + "\n\n## What changed in this edition\n\nThe page on trafficking and modern slavery now teaches human"
                + " trafficking under section 2 of the **Modern Slavery Act 2015**. Older material that names section 59A"
                + " of the Sexual Offences Act 2003 is out of date: that section was repealed in 2015.\n"));
        return changed;
    }

    /** Works through the update the person was assigned (only the changed modules) and passes its short check. */
    private void completeUpdate(String email) {
        UserAccount person = identity.findByEmail(email).orElseThrow();
        asUser(person, () -> {
            var update = learning.myTraining().stream().filter(c -> c.update() != null).findFirst().orElseThrow();
            long enrolmentId = learning.startOrContinue(update.assignmentId()).enrolmentId();
            CourseDefinition course = catalog.definition(catalog.newest(COURSE).orElseThrow().versionId());
            int modules = learning.openPage(enrolmentId, 1, 1).moduleCount();
            for (int m = 1; m <= modules; m++) {
                int pages = learning.openPage(enrolmentId, m, 1).pageCount();
                for (int p = 2; p <= pages; p++) {
                    learning.openPage(enrolmentId, m, p);
                }
                for (CheckQuestion q : learning.knowledgeCheck(enrolmentId, m).questions()) {
                    learning.answerCheck(enrolmentId, m, q.id(), Set.of(0));
                }
            }
            AttemptSheet sheet = assessment.startOrResume(enrolmentId);
            assessment.submit(enrolmentId, sheet.attemptId(), correctAnswers(course, sheet));
            return null;
        });
    }

    private static LocalDate dueDate(String email, LocalDate today) {
        return switch (email) {
            case "katie.morgan@demo.test", "liam.nolan@demo.test", "maya.owen@demo.test" -> today.minusDays(10);
            case "jamal.lewis@demo.test" -> today.plusDays(7);
            default -> today.plusDays(30);
        };
    }

    /** Opens the first {@code pages} pages of the course, in order. */
    private void progress(String email, int pages) {
        UserAccount person = identity.findByEmail(email).orElseThrow();
        asUser(person, () -> {
            Position position = learning.startOrContinue(learning.myTraining().getFirst().assignmentId());
            CourseDefinition course = catalog.definition(catalog.newest(COURSE).orElseThrow().versionId());
            int opened = 0;
            for (int m = 0; m < course.modules().size() && opened < pages; m++) {
                for (int p = 0; p < course.modules().get(m).pages().size() && opened < pages; p++, opened++) {
                    learning.openPage(position.enrolmentId(), m + 1, p + 1);
                }
            }
            return null;
        });
    }

    /**
     * Works through every page and check, fails the assessment once, then passes it; or, when the course's attempt
     * policy would not let a learner retake straight after failing (a wait, or a single attempt), passes it at the
     * first attempt. Demo data goes through the real services, so it must keep the same rules a learner meets.
     */
    private void completeThroughAssessment(String email) {
        UserAccount person = identity.findByEmail(email).orElseThrow();
        asUser(person, () -> {
            long enrolmentId = learning.startOrContinue(learning.myTraining().getFirst().assignmentId()).enrolmentId();
            CourseDefinition course = catalog.definition(catalog.newest(COURSE).orElseThrow().versionId());
            for (int m = 0; m < course.modules().size(); m++) {
                ModuleDefinition module = course.modules().get(m);
                for (int p = 0; p < module.pages().size(); p++) {
                    learning.openPage(enrolmentId, m + 1, p + 1);
                }
                for (CheckQuestion q : learning.knowledgeCheck(enrolmentId, m + 1).questions()) {
                    learning.answerCheck(enrolmentId, m + 1, q.id(), Set.of(0));
                }
            }
            if (retakeAllowedRightAfterFailing(course)) {
                AttemptSheet failed = assessment.startOrResume(enrolmentId);
                assessment.submit(enrolmentId, failed.attemptId(), Map.of());
            } else {
                log.info("Demo: {} passes at the first attempt, since the course's attempt policy ({} attempts, {} minutes"
                        + " to wait) allows no retake straight after a failure", email,
                        course.attemptPolicy().maxAttempts(), course.attemptPolicy().waitMinutes());
            }
            AttemptSheet passed = assessment.startOrResume(enrolmentId);
            assessment.submit(enrolmentId, passed.attemptId(), correctAnswers(course, passed));
            return null;
        });
    }

    private boolean retakeAllowedRightAfterFailing(CourseDefinition course) {
        Instant now = clock.instant();
        return Eligibility.of(course.attemptPolicy(), List.of(new Eligibility.PastAttempt(now, false)), now).allowed();
    }

    static Map<String, Set<Integer>> correctAnswers(CourseDefinition course, AttemptSheet sheet) {
        Map<String, Set<Integer>> answers = new HashMap<>();
        for (CheckQuestion shown : sheet.questions()) {
            QuestionDefinition q = course.questions().stream().filter(d -> d.id().equals(shown.id())).findFirst().orElseThrow();
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

    private static <T> T asUser(UserAccount person, Supplier<T> work) {
        SignedInUser user = new SignedInUser(person.getId(), person.getEmail(), person.getDisplayName(), person.getRoles(), null);
        var previous = SecurityContextHolder.getContext();
        try {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            SecurityContextHolder.setContext(context);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
