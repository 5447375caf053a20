package uk.safeguarding.training.learning;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.content.CourseText;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.settings.ReminderTimings;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.PageDefinition;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.course.QuestionDefinition;
import uk.safeguarding.training.course.SourceDefinition;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.CurrentUser;
import uk.safeguarding.training.learning.LearnerViews.CheckFeedback;
import uk.safeguarding.training.learning.LearnerViews.CheckQuestion;
import uk.safeguarding.training.learning.LearnerViews.KnowledgeCheck;
import uk.safeguarding.training.learning.LearnerViews.ModuleSummary;
import uk.safeguarding.training.learning.LearnerViews.MyCourse;
import uk.safeguarding.training.learning.LearnerViews.OptionFeedback;
import uk.safeguarding.training.learning.LearnerViews.PageContent;
import uk.safeguarding.training.learning.LearnerViews.Position;
import uk.safeguarding.training.learning.internal.AssignmentRepository;
import uk.safeguarding.training.learning.internal.EnrolmentRepository;
import uk.safeguarding.training.learning.internal.ModuleProgressRepository;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.quiz.DrawnQuestion;
import uk.safeguarding.training.quiz.Grading;
import uk.safeguarding.training.quiz.OptionOrder;

/**
 * The signed-in learner's own training: what is assigned, the module player and knowledge checks. Every method
 * works on the signed-in person's records only, whatever id it is given.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRoles.LEARNER)
public class LearningService {


    private final AssignmentRepository assignments;
    private final EnrolmentRepository enrolments;
    private final ModuleProgressRepository progress;
    private final CourseCatalog catalog;
    private final CourseText courseText;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final OwnEnrolments own;
    private final ApplicationEventPublisher events;
    private final EditionMoves moves;
    private final UpdateAssignments updates;
    private final Clock clock;

    LearningService(AssignmentRepository assignments, EnrolmentRepository enrolments, ModuleProgressRepository progress,
                    CourseCatalog catalog, CourseText courseText, OrganisationService organisation,
                    CurrentUser currentUser, OwnEnrolments own, ApplicationEventPublisher events, EditionMoves moves,
                    UpdateAssignments updates, Clock clock) {
        this.moves = moves;
        this.updates = updates;
        this.assignments = assignments;
        this.enrolments = enrolments;
        this.progress = progress;
        this.catalog = catalog;
        this.courseText = courseText;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.own = own;
        this.events = events;
        this.clock = clock;
    }

    /** "My training": every open assignment with its status, progress and completion. */
    public List<MyCourse> myTraining() {
        long me = currentUser.require().id();
        LocalDate today = LocalDate.now(clock);
        ReminderTimings windows = organisation.reminderTimings();
        List<MyCourse> result = new ArrayList<>();
        for (Assignment assignment : assignments.findByUserIdAndClosedAtIsNullOrderByDueOnAsc(me)) {
            PublishedCourse newest = catalog.newest(assignment.getCourseId()).orElse(null);
            if (newest == null) {
                continue;
            }
            Enrolment enrolment = enrolments.findByAssignmentId(assignment.getId()).orElse(null);
            long versionId = enrolment != null ? enrolment.getCourseVersionId() : newest.versionId();
            CourseDefinition course = enrolment != null ? moves.course(enrolment)
                    : EditionMoves.scoped(catalog.definition(versionId), moves.scopeFor(assignment, versionId));
            var version = catalog.version(versionId);
            int versionNumber = version.map(v -> v.getNumber()).orElse(newest.versionNumber());
            LocalDate expiresOn = enrolment != null && enrolment.isCompleted()
                    ? course.validUntil(updates.fullCompletionOn(enrolment.getId())) : null;
            int percent = enrolment == null ? 0
                    : new Progress(course, progress.findByEnrolmentId(enrolment.getId())).coursePercent(enrolment.isCompleted());
            TrainingStatus status = TrainingStatus.of(assignment.getDueOn(), enrolment != null, expiresOn, today, windows,
                    assignment.isUpdate());
            result.add(new MyCourse(assignment.getId(), course.title(), course.summary(), course.estimatedMinutes(),
                    status, assignment.getDueOn(), percent, enrolment == null ? null : enrolment.getId(),
                    enrolment == null ? null : enrolment.getCompletedAt(),
                    enrolment == null ? null : enrolment.getScorePercent(), expiresOn, versionNumber,
                    course.contentChecked(), version.map(v -> v.getEditionNumber()).orElse(1),
                    assignment.isUpdate() ? updateNotice(assignment, course) : null));
        }
        return result;
    }

    private LearnerViews.UpdateNotice updateNotice(Assignment assignment, CourseDefinition scoped) {
        int edition = assignment.getEditionNumber() == null ? 0 : assignment.getEditionNumber();
        String reason = catalog.editions(assignment.getCourseId()).editions().stream()
                .filter(e -> e.number() == edition).map(e -> e.reason()).findFirst().orElse(null);
        return new LearnerViews.UpdateNotice(edition, reason,
                scoped.modules().stream().map(ModuleDefinition::title).toList());
    }

    /**
     * Starts the course for an assignment on the newest published version, or returns where the learner already
     * is. The version is fixed from then on.
     */
    @Transactional
    public Position startOrContinue(long assignmentId) {
        long me = currentUser.require().id();
        Assignment assignment = assignments.findById(assignmentId).filter(a -> a.getUserId() == me)
                .orElseThrow(() -> new AccessDeniedException("Not your assignment"));
        Enrolment enrolment = enrolments.findByAssignmentId(assignmentId).orElse(null);
        if (enrolment != null) {
            moves.moveAtBoundary(enrolment);
        } else {
            PublishedCourse newest = catalog.newest(assignment.getCourseId())
                    .orElseThrow(() -> new IllegalStateException("The course has no published version"));
            enrolment = enrolments.save(new Enrolment(assignmentId, me, newest.versionId(), clock.instant(),
                    moves.scopeFor(assignment, newest.versionId())));
        }
        events.publishEvent(new LearningActivity.CourseLaunched(enrolment.getId(), me, enrolment.getCourseVersionId(),
                clock.instant()));
        return position(enrolment);
    }

    public Position position(long enrolmentId) {
        return position(owned(enrolmentId));
    }

    private static Position position(Enrolment e) {
        return new Position(e.getId(), e.getStage(), e.getModuleIndex() + 1, e.getPageIndex() + 1);
    }

    /** Opens a page (numbers from 1): marks it seen and remembers it as the place to continue from. */
    @Transactional
    public PageContent openPage(long enrolmentId, int moduleNumber, int pageNumber) {
        Enrolment enrolment = owned(enrolmentId);
        if (pageNumber == 1 && moves.moveAtBoundary(enrolment)) {
            // Moved to a new edition on the way into a module: continue where the new edition needs them.
            moduleNumber = enrolment.getModuleIndex() + 1;
        }
        CourseDefinition course = moves.course(enrolment);
        ModuleDefinition module = moduleAt(course, moduleNumber);
        if (pageNumber < 1 || pageNumber > module.pages().size()) {
            throw new IllegalArgumentException("Module " + moduleNumber + " has no page " + pageNumber);
        }
        PageDefinition page = module.pages().get(pageNumber - 1);
        ModuleProgress moduleProgress = progressOf(enrolment, module);
        moduleProgress.markSeen(pageNumber - 1);
        enrolment.moveTo(Enrolment.Stage.PAGE, moduleNumber - 1, pageNumber - 1, clock.instant());
        events.publishEvent(new LearningActivity.PageViewed(enrolmentId, enrolment.getUserId(),
                enrolment.getCourseVersionId(), moduleNumber, pageNumber, clock.instant()));
        Progress state = new Progress(course, progress.findByEnrolmentId(enrolmentId));
        Map<String, String> values = organisation.profile().placeholderValues();
        List<SourceDefinition> sources = page.sourceIds().stream().map(id -> course.source(id).orElse(null))
                .filter(s -> s != null).toList();
        return new PageContent(enrolmentId, course.title(), moduleNumber, course.modules().size(), module.title(),
                module.objectives(), pageNumber, module.pages().size(), courseText.plainText(page.title(), values),
                courseText.toSafeHtml(page.markdown(), values, path -> "/course-assets/" + enrolment.getCourseVersionId() + "/" + path), sources, state.modulePercent(module),
                state.coursePercent(enrolment.isCompleted()), !state.checkIds(module).isEmpty(), outline(course, state),
                course.contentChecked(), enrolment.takeEditionNotice(), module.scenarioIds().size(),
                course.scenarioSettings().goodEndingRequired());
    }

    /** The knowledge check at the end of a module; remembered as the place to continue from. */
    @Transactional
    public KnowledgeCheck knowledgeCheck(long enrolmentId, int moduleNumber) {
        Enrolment enrolment = owned(enrolmentId);
        CourseDefinition course = moves.course(enrolment);
        ModuleDefinition module = moduleAt(course, moduleNumber);
        enrolment.moveTo(Enrolment.Stage.CHECK, moduleNumber - 1, 0, clock.instant());
        Progress state = new Progress(course, progress.findByEnrolmentId(enrolmentId));
        Map<String, String> values = organisation.profile().placeholderValues();
        Set<String> answered = state.checksAnswered(module.id());
        // Shuffled per learner like the final assessment, and the same order on every visit.
        List<CheckQuestion> questions = course.knowledgeChecks().stream().filter(q -> q.moduleId().equals(module.id()))
                .map(q -> new CheckQuestion(q.id(), q.type(), courseText.plainText(q.scenario(), values),
                        courseText.plainText(q.prompt(), values),
                        OptionOrder.forLearner(enrolmentId, q.id(), q.options().size()).optionOrder().stream()
                                .map(i -> courseText.plainText(q.options().get(i).text(), values)).toList(),
                        answered.contains(q.id())))
                .toList();
        return new KnowledgeCheck(enrolmentId, course.title(), moduleNumber, course.modules().size(), module.title(),
                questions, state.allModulesComplete());
    }

    /**
     * Immediate, ungraded feedback on a knowledge-check answer; the question counts as answered.
     *
     * @param chosenPositions the positions ticked, as {@link #knowledgeCheck} showed them; feedback comes back in
     *                        that order too
     */
    @Transactional
    public CheckFeedback answerCheck(long enrolmentId, int moduleNumber, String questionId, Set<Integer> chosenPositions) {
        Enrolment enrolment = owned(enrolmentId);
        CourseDefinition course = moves.course(enrolment);
        ModuleDefinition module = moduleAt(course, moduleNumber);
        QuestionDefinition question = course.knowledgeChecks().stream()
                .filter(q -> q.id().equals(questionId) && q.moduleId().equals(module.id())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such knowledge-check question"));
        progressOf(enrolment, module).markCheckAnswered(questionId);
        Map<String, String> values = organisation.profile().placeholderValues();
        DrawnQuestion shown = OptionOrder.forLearner(enrolmentId, questionId, question.options().size());
        Set<Integer> chosen = Grading.toOriginal(shown, chosenPositions);
        events.publishEvent(new LearningActivity.KnowledgeCheckAnswered(enrolmentId, enrolment.getUserId(),
                enrolment.getCourseVersionId(), moduleNumber, questionId, Grading.isCorrect(question, chosen),
                clock.instant()));
        List<OptionFeedback> options = shown.optionOrder().stream().map(i -> {
            var option = question.options().get(i);
            return new OptionFeedback(courseText.plainText(option.text(), values), chosen.contains(i), option.correct(),
                    courseText.plainText(option.feedback(), values));
        }).toList();
        return new CheckFeedback(Grading.isCorrect(question, chosen), options);
    }

    private Enrolment owned(long enrolmentId) {
        return own.require(enrolmentId);
    }

    private static List<ModuleSummary> outline(CourseDefinition course, Progress state) {
        return OwnEnrolments.outline(course, state);
    }

    private ModuleProgress progressOf(Enrolment enrolment, ModuleDefinition module) {
        return progress.findByEnrolmentIdAndModuleId(enrolment.getId(), module.id())
                .orElseGet(() -> progress.save(new ModuleProgress(enrolment.getId(), module.id())));
    }

    private static ModuleDefinition moduleAt(CourseDefinition course, int moduleNumber) {
        if (moduleNumber < 1 || moduleNumber > course.modules().size()) {
            throw new IllegalArgumentException("The course has no module " + moduleNumber);
        }
        return course.modules().get(moduleNumber - 1);
    }
}
