package uk.safeguarding.training.course;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.course.internal.CourseImportReportRepository;
import uk.safeguarding.training.course.internal.CourseRepository;
import uk.safeguarding.training.course.internal.CourseVersionFileRepository;
import uk.safeguarding.training.course.internal.CourseVersionRepository;

/**
 * The published courses and their immutable versions. Publishing compares content hashes, so publishing the same
 * content twice creates nothing.
 */
@Service
@Transactional(readOnly = true)
public class CourseCatalog {

    private static final Logger log = LoggerFactory.getLogger(CourseCatalog.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CourseRepository courses;
    private final CourseVersionRepository versions;
    private final CourseImportReportRepository reports;
    private final CourseVersionFileRepository files;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** Versions never change once published, so every instance may keep them parsed in memory. */
    private final Map<Long, CourseDefinition> definitions = new ConcurrentHashMap<>();

    CourseCatalog(CourseRepository courses, CourseVersionRepository versions, CourseImportReportRepository reports,
                  CourseVersionFileRepository files, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.courses = courses;
        this.versions = versions;
        this.reports = reports;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** What {@link #publish} did. {@code created} is false when the newest version already had this content. */
    public record PublishOutcome(long versionId, int versionNumber, boolean created, int editionNumber) {
    }

    /**
     * Publishes the course as a new version, a minor correction, unless the newest version has the same content hash.
     */
    @Transactional
    public PublishOutcome publish(CourseDefinition definition, String contentHash, String publishedBy) {
        return publish(definition, contentHash, publishedBy, EditionChoice.minorCorrection());
    }

    /**
     * Publishes the course as a new version unless the newest version has the same content hash: a minor correction
     * keeps the newest version's edition, a new edition takes the next edition number and is announced with
     * {@link EditionPublished} in this transaction (so the updates it requires are assigned with it, or not at all).
     * Publications of one course take turns on a lock of the course's row.
     *
     * @throws IllegalArgumentException with every problem of the choice, when it has any; nothing is published
     */
    @Transactional
    public PublishOutcome publish(CourseDefinition definition, String contentHash, String publishedBy, EditionChoice choice) {
        List<String> problems = choice.problems(definition);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        Course course = courses.findByKeyForUpdate(definition.id())
                .orElseGet(() -> courses.saveAndFlush(new Course(definition.id(), definition.title(), clock.instant())));
        Optional<CourseVersion> newest = versions.findFirstByCourseIdOrderByNumberDesc(course.getId());
        if (newest.isPresent() && newest.get().getContentHash().equals(contentHash)) {
            return new PublishOutcome(newest.get().getId(), newest.get().getNumber(), false, newest.get().getEditionNumber());
        }
        int number = newest.map(v -> v.getNumber() + 1).orElse(1);
        boolean startsEdition = newest.isEmpty() || choice.newEdition();
        int edition = newest.map(v -> v.getEditionNumber() + (choice.newEdition() ? 1 : 0)).orElse(1);
        CourseVersion version = versions.saveAndFlush(new CourseVersion(course, number, contentHash,
                JSON.writeValueAsString(definition), clock.instant(), publishedBy, edition, startsEdition, choice));
        course.retitle(definition.title());
        definitions.put(version.getId(), definition);
        log.info("Published {} version {}, edition {} ({})", definition.id(), number, edition, publishedBy);
        audit.recordAs(publishedBy, AuditAction.COURSE_PUBLISHED, definition.title() + " version " + number,
                (newest.isPresent() && choice.newEdition()
                        ? "New edition " + edition + " (modules " + String.join(", ", choice.changedModules())
                        + "; update due " + choice.updateDueDays() + " days after publication; reason: " + choice.reason() + "); "
                        : "Edition " + edition + (newest.isPresent() ? ", minor correction; " : "; "))
                        + "content hash " + contentHash);
        if (newest.isPresent() && choice.newEdition()) {
            events.publishEvent(new EditionPublished(course.getId(), version.startedEdition().orElseThrow()));
        }
        return new PublishOutcome(version.getId(), number, true, edition);
    }

    /** The edition rules of the course, with every edition published so far (none for an unknown course). */
    public EditionRules editions(long courseId) {
        return new EditionRules(versions.findEditionStarts(courseId).stream()
                .map(v -> v.startedEdition().orElseThrow()).toList(), clock.getZone());
    }

    /** As {@link #editions(long)}, by the course's key. */
    public EditionRules editions(String courseKey) {
        return courses.findByKey(courseKey).map(c -> editions(c.getId()))
                .orElseGet(() -> new EditionRules(List.of(), clock.getZone()));
    }

    /**
     * As {@link #publish(CourseDefinition, String, String)}, keeping the course folder's files with the version so
     * that exporting it gives back exactly these files. A version that already has files keeps them: the content
     * hash says the files are the same content.
     */
    @Transactional
    public PublishOutcome publish(CourseDefinition definition, String contentHash, String publishedBy,
                                  Map<String, byte[]> sourceFiles) {
        return publish(definition, contentHash, publishedBy, sourceFiles, EditionChoice.minorCorrection());
    }

    /** As {@link #publish(CourseDefinition, String, String, EditionChoice)}, keeping the course folder's files. */
    @Transactional
    public PublishOutcome publish(CourseDefinition definition, String contentHash, String publishedBy,
                                  Map<String, byte[]> sourceFiles, EditionChoice choice) {
        PublishOutcome outcome = publish(definition, contentHash, publishedBy, choice);
        keepFiles(outcome.versionId(), sourceFiles);
        return outcome;
    }

    /**
     * Keeps the files with the version of the course that was published with this content hash, unless that version
     * already has files. For versions published before their files were kept (the start-up import).
     *
     * @return true when the files were stored
     */
    @Transactional
    public boolean attachSourceFiles(String courseKey, String contentHash, Map<String, byte[]> sourceFiles) {
        return versionWithContent(courseKey, contentHash).map(v -> keepFiles(v.getId(), sourceFiles)).orElse(false);
    }

    /** The files the version was published from, by path; empty when none were kept. */
    public SortedMap<String, byte[]> sourceFiles(long versionId) {
        SortedMap<String, byte[]> result = new TreeMap<>();
        files.findByCourseVersionIdOrderByPathAsc(versionId).forEach(f -> result.put(f.getPath(), f.getContent()));
        return result;
    }

    /** Every version of the course, newest first. */
    public List<CourseVersion> versions(String courseKey) {
        return courses.findByKey(courseKey).map(c -> versions.findByCourseIdOrderByNumberDesc(c.getId()))
                .orElse(List.of());
    }

    /** The newest version of the course published with exactly this content, if any. */
    public Optional<CourseVersion> versionWithContent(String courseKey, String contentHash) {
        return versions(courseKey).stream().filter(v -> v.getContentHash().equals(contentHash)).findFirst();
    }

    private boolean keepFiles(long versionId, Map<String, byte[]> sourceFiles) {
        if (sourceFiles == null || sourceFiles.isEmpty() || files.existsByCourseVersionId(versionId)) {
            return false;
        }
        sourceFiles.forEach((path, bytes) -> files.save(new CourseVersionFile(versionId, path, bytes)));
        return true;
    }

    /** The whole content of one published version. */
    public CourseDefinition definition(long versionId) {
        return definitions.computeIfAbsent(versionId, id -> versions.findDefinitionJson(id)
                .map(json -> JSON.readValue(json, CourseDefinition.class))
                .orElseThrow(() -> new IllegalArgumentException("No course version " + id)));
    }

    public Optional<PublishedCourse> newest(String courseKey) {
        return courses.findByKey(courseKey).flatMap(this::summary);
    }

    public Optional<PublishedCourse> newest(long courseId) {
        return courses.findById(courseId).flatMap(this::summary);
    }

    public List<PublishedCourse> all() {
        return courses.findAll().stream().map(this::summary).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(PublishedCourse::title)).toList();
    }

    public long versionCount(String courseKey) {
        return courses.findByKey(courseKey).map(c -> versions.countByCourseId(c.getId())).orElse(0L);
    }

    public Optional<CourseVersion> version(long versionId) {
        return versions.findById(versionId);
    }

    private Optional<PublishedCourse> summary(Course course) {
        long count = versions.countByCourseId(course.getId());
        return versions.findFirstByCourseIdOrderByNumberDesc(course.getId())
                .map(v -> new PublishedCourse(course.getId(), course.getKey(), course.getTitle(), v.getId(),
                        v.getNumber(), v.getPublishedAt(), v.getPublishedBy(), count));
    }

    /** Records how the last import of a course folder went, replacing the previous report for that folder. */
    @Transactional
    public void recordImport(String folder, String outcome, List<String> problems) {
        CourseImportReport report = reports.findByFolder(folder).orElseGet(() -> new CourseImportReport(folder));
        report.update(clock.instant(), outcome, problems);
        reports.save(report);
    }

    public List<CourseImportReport> importReports() {
        return reports.findAllByOrderByFolderAsc();
    }
}
