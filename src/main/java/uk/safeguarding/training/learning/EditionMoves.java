package uk.safeguarding.training.learning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.CourseVersion;
import uk.safeguarding.training.course.EditionRules;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.learning.internal.EnrolmentRepository;
import uk.safeguarding.training.learning.internal.ModuleProgressRepository;
import uk.safeguarding.training.quiz.QuizService;

/**
 * How enrolments follow editions (docs/decisions/0018): which modules an update covers, the course as an enrolment
 * sees it, and moving someone part-way through to a newer edition at a module boundary, keeping the modules that
 * edition did not change. A minor correction moves nobody. Callers bring the transaction and the ownership check.
 */
@Component
class EditionMoves {

    private final CourseCatalog catalog;
    private final ModuleProgressRepository progress;
    private final EnrolmentRepository enrolments;
    private final QuizService quiz;
    private final Clock clock;

    EditionMoves(CourseCatalog catalog, ModuleProgressRepository progress, EnrolmentRepository enrolments, QuizService quiz,
                 Clock clock) {
        this.catalog = catalog;
        this.progress = progress;
        this.enrolments = enrolments;
        this.quiz = quiz;
        this.clock = clock;
    }

    /** The course as this enrolment presents it: the whole version, or only the modules of an update. */
    CourseDefinition course(Enrolment enrolment) {
        return scoped(catalog.definition(enrolment.getCourseVersionId()), enrolment.moduleScope());
    }

    static CourseDefinition scoped(CourseDefinition course, List<String> scope) {
        return scope.isEmpty() ? course : EditionRules.updateScope(course, scope);
    }

    /**
     * The modules an update assignment covers on the given version: those changed by the editions after the edition
     * of the completion it builds on, that the version has. Empty (the whole course) for any other assignment.
     */
    List<String> scopeFor(Assignment assignment, long versionId) {
        if (!assignment.isUpdate() || assignment.getBasisEnrolmentId() == null) {
            return List.of();
        }
        CourseVersion target = catalog.version(versionId).orElseThrow();
        int basisEdition = enrolments.findById(assignment.getBasisEnrolmentId())
                .flatMap(e -> catalog.version(e.getCourseVersionId())).map(CourseVersion::getEditionNumber).orElse(1);
        List<String> changed = catalog.editions(assignment.getCourseId())
                .modulesChangedAfter(basisEdition, target.getEditionNumber());
        return present(catalog.definition(versionId), changed);
    }

    /**
     * Moves an unfinished enrolment to the newest version when that version is of a newer edition and the learner is
     * at a module boundary: the module at their position is untouched or complete, and no assessment attempt is
     * open (it is graded on the version it was drawn from). Progress in modules the new editions changed, or that
     * the new version no longer has, is removed; the learner continues at the first module not complete.
     *
     * @return true when the enrolment moved
     */
    boolean moveAtBoundary(Enrolment enrolment) {
        if (enrolment.isCompleted()) {
            return false;
        }
        CourseVersion current = catalog.version(enrolment.getCourseVersionId()).orElseThrow();
        long courseId = current.getCourse().getId();
        CourseVersion target = catalog.newest(courseId).flatMap(p -> catalog.version(p.versionId())).orElseThrow();
        if (target.getEditionNumber() <= current.getEditionNumber() || quiz.openAttempt(enrolment.getId()).isPresent()) {
            return false;
        }
        CourseDefinition before = course(enrolment);
        var rows = progress.findByEnrolmentId(enrolment.getId());
        Progress state = new Progress(before, rows);
        if (enrolment.getModuleIndex() < before.modules().size()) {
            ModuleDefinition here = before.modules().get(enrolment.getModuleIndex());
            boolean untouched = state.seenPages(here.id()).isEmpty() && state.checksAnswered(here.id()).isEmpty();
            if (!untouched && !state.moduleComplete(here)) {
                return false;
            }
        }
        List<String> changed = catalog.editions(courseId)
                .modulesChangedAfter(current.getEditionNumber(), target.getEditionNumber());
        CourseDefinition after = catalog.definition(target.getId());
        List<String> scope = List.of();
        if (!enrolment.moduleScope().isEmpty()) {
            Set<String> widened = new LinkedHashSet<>(enrolment.moduleScope());
            widened.addAll(changed);
            scope = present(after, new ArrayList<>(widened));
        }
        var kept = new ArrayList<ModuleProgress>();
        for (ModuleProgress row : rows) {
            if (changed.contains(row.getModuleId()) || after.module(row.getModuleId()).isEmpty()) {
                progress.delete(row);
            } else {
                kept.add(row);
            }
        }
        progress.flush();
        CourseDefinition scopedAfter = scoped(after, scope);
        Progress keptState = new Progress(scopedAfter, kept);
        int first = 0;
        while (first < scopedAfter.modules().size() - 1 && keptState.moduleComplete(scopedAfter.modules().get(first))) {
            first++;
        }
        enrolment.moveToVersion(target.getId(), target.getEditionNumber(), scope, first, clock.instant());
        return true;
    }

    /** The given module ids that the course has, in the course's order. */
    private static List<String> present(CourseDefinition course, List<String> moduleIds) {
        return course.modules().stream().map(ModuleDefinition::id).filter(moduleIds::contains).toList();
    }
}
