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
    /** Versions never change once published, so every instance may keep them parsed in memory. */
    private final Map<Long, CourseDefinition> definitions = new ConcurrentHashMap<>();

    CourseCatalog(CourseRepository courses, CourseVersionRepository versions, CourseImportReportRepository reports,
                  CourseVersionFileRepository files, AuditLog audit, Clock clock) {
        this.courses = courses;
        this.versions = versions;
        this.reports = reports;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** What {@link #publish} did. {@code created} is false when the newest version already had this content. */
    public record PublishOutcome(long versionId, int versionNumber, boolean created) {
    }

    /**
     * Publishes the course as a new version unless the newest version has the same content hash.
     */
    @Transactional
    public PublishOutcome publish(CourseDefinition definition, String contentHash, String publishedBy) {
        Course course = courses.findByKey(definition.id())
                .orElseGet(() -> courses.save(new Course(definition.id(), definition.title(), clock.instant())));
        Optional<CourseVersion> newest = versions.findFirstByCourseIdOrderByNumberDesc(course.getId());
        if (newest.isPresent() && newest.get().getContentHash().equals(contentHash)) {
            return new PublishOutcome(newest.get().getId(), newest.get().getNumber(), false);
        }
        int number = newest.map(v -> v.getNumber() + 1).orElse(1);
        CourseVersion version = versions.save(new CourseVersion(course, number, contentHash,
                JSON.writeValueAsString(definition), clock.instant(), publishedBy));
        course.retitle(definition.title());
        definitions.put(version.getId(), definition);
        log.info("Published {} version {} ({})", definition.id(), number, publishedBy);
        audit.recordAs(publishedBy, AuditAction.COURSE_PUBLISHED, definition.title() + " version " + number,
                "Content hash " + contentHash);
        return new PublishOutcome(version.getId(), number, true);
    }

    /**
     * As {@link #publish(CourseDefinition, String, String)}, keeping the course folder's files with the version so
     * that exporting it gives back exactly these files. A version that already has files keeps them: the content
     * hash says the files are the same content.
     */
    @Transactional
    public PublishOutcome publish(CourseDefinition definition, String contentHash, String publishedBy,
                                  Map<String, byte[]> sourceFiles) {
        PublishOutcome outcome = publish(definition, contentHash, publishedBy);
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
