package uk.safeguarding.training.authoring;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.authoring.internal.CourseDraft;
import uk.safeguarding.training.authoring.internal.CourseDraftRepository;
import uk.safeguarding.training.authoring.internal.DraftChecker;
import uk.safeguarding.training.authoring.internal.DraftChecker.Checked;
import uk.safeguarding.training.authoring.internal.DraftJson;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseCatalog.PublishOutcome;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.EditionChoice;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.CurrentUser;
import uk.safeguarding.training.shared.Refusal;

/**
 * Trainers' drafts: start one from the newest version (or a new course), save as they type, publish it as a new
 * immutable version. Every save is checked with the course-file validator and recorded in the audit log.
 */
@Service
@Transactional
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
public class AuthoringService {

    private static final Pattern COURSE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm");

    private final CourseDraftRepository drafts;
    private final CourseCatalog catalog;
    private final DraftChecker checker;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuthoringService(CourseDraftRepository drafts, CourseCatalog catalog, DraftChecker checker, AuditLog audit,
                     CurrentUser currentUser, Clock clock) {
        this.drafts = drafts;
        this.catalog = catalog;
        this.checker = checker;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every course that is published or has a draft, by title. */
    @Transactional(readOnly = true)
    public List<AuthoredCourse> courses() {
        Map<String, PublishedCourse> published = catalog.all().stream()
                .collect(Collectors.toMap(PublishedCourse::key, Function.identity()));
        Map<String, CourseDraft> open = drafts.findAll().stream()
                .collect(Collectors.toMap(CourseDraft::getCourseKey, Function.identity()));
        List<AuthoredCourse> result = new ArrayList<>();
        for (PublishedCourse course : published.values()) {
            CourseDraft draft = open.get(course.key());
            result.add(new AuthoredCourse(course.key(), course.title(), course.versionNumber(), course.publishedAt(),
                    course.publishedBy(), draft != null, draft == null ? null : draft.getUpdatedAt(),
                    draft == null ? null : draft.getUpdatedBy(), draft == null ? 0 : problemCount(draft)));
        }
        open.values().stream().filter(d -> !published.containsKey(d.getCourseKey())).forEach(d -> result.add(
                new AuthoredCourse(d.getCourseKey(), DraftJson.read(d.getDefinitionJson()).title(), null, null, null,
                        true, d.getUpdatedAt(), d.getUpdatedBy(), problemCount(d))));
        result.sort(Comparator.comparing(AuthoredCourse::title, String.CASE_INSENSITIVE_ORDER));
        return result;
    }

    @Transactional(readOnly = true)
    public Optional<Draft> draft(String courseKey) {
        return drafts.findByCourseKey(courseKey).map(this::view);
    }

    /** The course's draft, starting one as a copy of the newest published version when there is none. */
    public Draft open(String courseKey) {
        Optional<CourseDraft> existing = drafts.findByCourseKey(courseKey);
        if (existing.isPresent()) {
            return view(existing.get());
        }
        PublishedCourse newest = catalog.newest(courseKey)
                .orElseThrow(() -> new Refusal("There is no course '" + courseKey + "'."));
        CourseDefinition definition = catalog.definition(newest.versionId());
        CourseDraft draft = drafts.saveAndFlush(new CourseDraft(courseKey, DraftJson.write(definition),
                newest.versionId(), clock.instant(), me()));
        audit.record(AuditAction.COURSE_DRAFT_SAVED, definition.title() + " draft",
                "Draft started from version " + newest.versionNumber());
        return view(draft);
    }

    /**
     * Starts a draft of a new course: a copy of another course when {@code copyOf} names one, else a skeleton
     * whose gaps the validator lists.
     */
    public Draft startCourse(String courseKey, String title, String copyOf) {
        String key = courseKey == null ? "" : courseKey.strip();
        if (!COURSE_ID.matcher(key).matches() || key.length() > 100) {
            throw new Refusal("The course id must use only lower-case letters, digits and single"
                    + " hyphens, like 'online-safety'.");
        }
        if (catalog.newest(key).isPresent() || drafts.findByCourseKey(key).isPresent()) {
            throw new Refusal("There is already a course '" + key + "'.");
        }
        String name = title == null || title.isBlank() ? key : title.strip();
        CourseDefinition definition = copyOf == null || copyOf.isBlank() ? DraftEdits.skeleton(key, name)
                : DraftEdits.copy(catalog.definition(catalog.newest(copyOf).orElseThrow(() ->
                        new Refusal("There is no course '" + copyOf + "' to copy.")).versionId()), key, name);
        CourseDraft draft = drafts.saveAndFlush(new CourseDraft(key, DraftJson.write(definition), null,
                clock.instant(), me()));
        audit.record(AuditAction.COURSE_DRAFT_SAVED, name + " draft", copyOf == null || copyOf.isBlank()
                ? "New course started" : "New course started as a copy of " + copyOf);
        return view(draft);
    }

    /**
     * Saves the draft over the revision the editor last saw, and checks it.
     *
     * @throws DraftConflictException when someone else saved, published or discarded the draft in between
     */
    public Draft save(String courseKey, CourseDefinition definition, long expectedRevision) {
        if (!courseKey.equals(definition.id())) {
            throw new Refusal("The draft of '" + courseKey + "' cannot change the course id.");
        }
        CourseDraft draft = current(courseKey, expectedRevision);
        CourseDefinition before = DraftJson.read(draft.getDefinitionJson());
        List<CourseChange> changes = CourseDiff.between(before, definition);
        if (changes.isEmpty()) {
            return view(draft);
        }
        draft.update(DraftJson.write(definition), clock.instant(), me());
        flush(draft);
        audit.record(AuditAction.COURSE_DRAFT_SAVED, definition.title() + " draft",
                "Revision " + draft.getRevision() + ": " + describe(changes));
        return view(draft);
    }

    /** Publishes the draft as the next version, a minor correction, and closes it. */
    public Published publish(String courseKey, long expectedRevision) {
        return publish(courseKey, expectedRevision, EditionChoice.minorCorrection());
    }

    /**
     * Publishes the draft as the next version, as a minor correction or a new edition, and closes it.
     *
     * @throws IllegalArgumentException when the edition choice has problems (the message lists them); the draft stays
     */
    public Published publish(String courseKey, long expectedRevision, EditionChoice choice) {
        CourseDraft draft = current(courseKey, expectedRevision);
        Checked checked = checker.check(DraftJson.read(draft.getDefinitionJson()));
        if (!checked.publishable()) {
            throw new Refusal("The draft has " + checked.problems().size() + " problem"
                    + (checked.problems().size() == 1 ? "" : "s") + " to fix before it can be published.");
        }
        // The course as read back from the written files, so the version and its files say exactly the same.
        CourseDefinition course = checked.result().course();
        List<String> problems = choice.problems(course);
        if (!problems.isEmpty()) {
            throw new Refusal(String.join(" ", problems));
        }
        Optional<PublishedCourse> newest = catalog.newest(courseKey);
        drafts.delete(draft);
        if (newest.isPresent() && catalog.definition(newest.get().versionId()).equals(course)) {
            return new Published(newest.get().versionNumber(), false,
                    catalog.version(newest.get().versionId()).orElseThrow().getEditionNumber());
        }
        PublishOutcome outcome = catalog.publish(course, checked.result().contentHash(), me(),
                checked.written().files().files(), choice);
        return new Published(outcome.versionNumber(), outcome.created(), outcome.editionNumber());
    }

    /**
     * The ids of the draft's modules that differ from the newest published version (pages, title, objectives, sources,
     * questions or knowledge checks), or are new: what a new edition most likely changed, offered to the trainer as
     * the starting choice. Empty for a course never published.
     */
    @Transactional(readOnly = true)
    public List<String> modulesChangedSincePublished(String courseKey) {
        CourseDefinition draft = DraftJson.read(drafts.findByCourseKey(courseKey)
                .orElseThrow(() -> new IllegalArgumentException("No draft of " + courseKey)).getDefinitionJson());
        Optional<PublishedCourse> newest = catalog.newest(courseKey);
        if (newest.isEmpty()) {
            return List.of();
        }
        CourseDefinition published = catalog.definition(newest.get().versionId());
        return draft.modules().stream().filter(m -> !published.module(m.id()).equals(Optional.of(m))
                || !questionsOf(draft, m.id()).equals(questionsOf(published, m.id()))).map(m -> m.id()).toList();
    }

    private static List<Object> questionsOf(CourseDefinition course, String moduleId) {
        List<Object> all = new ArrayList<>();
        course.questions().stream().filter(q -> q.moduleId().equals(moduleId)).forEach(all::add);
        course.knowledgeChecks().stream().filter(q -> q.moduleId().equals(moduleId)).forEach(all::add);
        return all;
    }

    /** What publishing did; {@code created} is false when the draft had the newest version's content. */
    public record Published(int versionNumber, boolean created, int editionNumber) {
    }

    public void discard(String courseKey, long expectedRevision) {
        CourseDraft draft = current(courseKey, expectedRevision);
        drafts.delete(draft);
        flush(null);
        audit.record(AuditAction.COURSE_DRAFT_SAVED, DraftJson.read(draft.getDefinitionJson()).title() + " draft",
                "Draft discarded at revision " + draft.getRevision());
    }

    private CourseDraft current(String courseKey, long expectedRevision) {
        CourseDraft draft = drafts.findByCourseKey(courseKey).orElseThrow(() -> new DraftConflictException(
                "This draft no longer exists: someone published or discarded it. Reload to see the course as it is now."));
        if (draft.getRevision() != expectedRevision) {
            throw new DraftConflictException(draft.getUpdatedBy() + " saved this draft on "
                    + TIME.format(draft.getUpdatedAt().atZone(clock.getZone())) + ", after you opened it, so your last change was not saved."
                    + " Reload the draft to see their changes, then make yours again.");
        }
        return draft;
    }

    private void flush(CourseDraft draft) {
        try {
            if (draft != null) {
                drafts.saveAndFlush(draft);
            } else {
                drafts.flush();
            }
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new DraftConflictException("Someone saved this draft at the same moment as you, so your last change"
                    + " was not saved. Reload the draft to see their changes, then make yours again.");
        }
    }

    private Draft view(CourseDraft draft) {
        CourseDefinition definition = DraftJson.read(draft.getDefinitionJson());
        Integer based = draft.getBasedOnVersionId() == null ? null
                : catalog.version(draft.getBasedOnVersionId()).map(v -> v.getNumber()).orElse(null);
        Integer newest = catalog.newest(draft.getCourseKey()).map(PublishedCourse::versionNumber).orElse(null);
        return new Draft(draft.getCourseKey(), draft.getRevision(), definition, draft.getUpdatedAt(),
                draft.getUpdatedBy(), based, newest, checker.check(definition).problems());
    }

    private int problemCount(CourseDraft draft) {
        return checker.check(DraftJson.read(draft.getDefinitionJson())).problems().size();
    }

    private String me() {
        return currentUser.require().email();
    }

    private static String describe(List<CourseChange> changes) {
        String listed = changes.stream().limit(5).map(c -> c.area() + ": " + c.description())
                .collect(Collectors.joining("; "));
        return changes.size() > 5 ? listed + "; and " + (changes.size() - 5) + " more" : listed;
    }
}
