package uk.safeguarding.training.authoring;

import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.authoring.internal.CourseDraftRepository;
import uk.safeguarding.training.content.CourseFileSet;
import uk.safeguarding.training.content.CourseFolderWriter;
import uk.safeguarding.training.content.CourseProblem;
import uk.safeguarding.training.content.CourseReadResult;
import uk.safeguarding.training.content.CourseZip;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseCatalog.PublishOutcome;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.CourseVersion;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.CurrentUser;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.scorm.ScormPackage;

/**
 * Published versions as trainers handle them: the history of a course, what changed between two versions, and the
 * round trip to course files (export a version as a course-folder ZIP, import one as a new version).
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
public class CourseVersionService {

    private final CourseCatalog catalog;
    private final CourseDraftRepository drafts;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final OrganisationService organisation;
    private final CourseFolderWriter writer = new CourseFolderWriter();

    CourseVersionService(CourseCatalog catalog, CourseDraftRepository drafts, AuditLog audit, CurrentUser currentUser,
                         OrganisationService organisation) {
        this.catalog = catalog;
        this.drafts = drafts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.organisation = organisation;
    }

    /**
     * One published version in a course's history, with its edition: {@code edition} is set when this version
     * started a new edition (after the first), null for the first version and for minor corrections.
     */
    public record VersionSummary(long versionId, int number, Instant publishedAt, String publishedBy, String title,
                                 int editionNumber, EditionSummary edition) {
    }

    /** What a version published as a new edition asked of learners. */
    public record EditionSummary(List<String> changedModules, String reason, int updateDueDays) {
    }

    /** A version as a course-folder ZIP, ready to download. */
    public record ExportedCourse(String fileName, byte[] zip) {
    }

    /**
     * What importing a ZIP did.
     *
     * @param problems every problem found, with file and line; when any, nothing was changed
     * @param created  false when the newest version already had exactly this content
     * @param draftKept true when the course has a draft, which the import leaves as it was
     */
    public record ImportOutcome(List<CourseProblem> problems, String courseKey, String courseTitle, int versionNumber,
                                boolean created, boolean draftKept) {

        public boolean imported() {
            return problems.isEmpty();
        }
    }

    /** Newest first; empty for a course never published. */
    public List<VersionSummary> versions(String courseKey) {
        return catalog.versions(courseKey).stream().map(v -> {
            CourseDefinition course = catalog.definition(v.getId());
            EditionSummary edition = v.startedEdition().filter(e -> e.reason() != null)
                    .map(e -> new EditionSummary(e.changedModules().stream().map(id -> course.module(id)
                            .map(m -> "Module " + (course.moduleIndex(id) + 1) + ": " + m.title()).orElse(id)).toList(),
                            e.reason(), e.updateDueDays())).orElse(null);
            return new VersionSummary(v.getId(), v.getNumber(), v.getPublishedAt(), v.getPublishedBy(), course.title(),
                    v.getEditionNumber(), edition);
        }).toList();
    }

    public List<CourseChange> compare(long fromVersionId, long toVersionId) {
        return CourseDiff.between(catalog.definition(fromVersionId), catalog.definition(toVersionId));
    }

    /**
     * The version's files: exactly those it was published from when they were kept, otherwise the course written
     * by the canonical writer (which the reader reads back as the same course).
     */
    public ExportedCourse export(long versionId) {
        CourseVersion version = catalog.version(versionId)
                .orElseThrow(() -> new IllegalArgumentException("No course version " + versionId));
        CourseDefinition course = catalog.definition(versionId);
        SortedMap<String, byte[]> kept = catalog.sourceFiles(versionId);
        CourseFileSet files = kept.isEmpty() ? writer.write(course).files() : CourseFileSet.of(kept);
        return new ExportedCourse(course.id() + "-version-" + version.getNumber() + ".zip",
                CourseZip.zip(course.id(), files));
    }

    /**
     * The version as a SCORM 1.2 package for another LMS, with this organisation's details filled in as the app fills
     * them for its own learners. The same version and details give the same bytes.
     */
    public ExportedCourse exportScorm(long versionId) {
        CourseVersion version = catalog.version(versionId)
                .orElseThrow(() -> new IllegalArgumentException("No course version " + versionId));
        ScormPackage.Exported scorm = ScormPackage.export(catalog.definition(versionId), version.getNumber(),
                organisation.profile().placeholderValues());
        return new ExportedCourse(scorm.fileName(), scorm.zip());
    }

    /**
     * Checks the course folder in the ZIP with the course-file validator and, when it is valid, publishes it as the
     * next version of its course (or a new course), keeping its files. Nothing changes when anything is wrong.
     */
    @Transactional
    public ImportOutcome importZip(String fileName, InputStream zip) {
        String name = fileName == null || fileName.isBlank() ? "the ZIP" : fileName;
        CourseFileSet files;
        try {
            files = CourseZip.unzip(zip);
        } catch (CourseZip.UnreadableZipException e) {
            return rejected(List.of(new CourseProblem(name, 0, e.getMessage())));
        }
        CourseReadResult result = files.read();
        if (!result.valid()) {
            return rejected(result.problems());
        }
        CourseDefinition course = result.course();
        PublishOutcome outcome = catalog.publish(course, result.contentHash(), currentUser.require().email(),
                files.files());
        audit.record(AuditAction.COURSE_IMPORTED, course.title() + " version " + outcome.versionNumber(),
                "From " + name + ": " + (outcome.created() ? "published as version " + outcome.versionNumber()
                        : "the same content as version " + outcome.versionNumber() + ", so nothing new was published")
                        + "; content hash " + result.contentHash());
        return new ImportOutcome(List.of(), course.id(), course.title(), outcome.versionNumber(), outcome.created(),
                drafts.findByCourseKey(course.id()).isPresent());
    }

    private static ImportOutcome rejected(List<CourseProblem> problems) {
        return new ImportOutcome(List.copyOf(problems), null, null, 0, false, false);
    }
}
