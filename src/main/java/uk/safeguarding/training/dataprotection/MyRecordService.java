package uk.safeguarding.training.dataprotection;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.certificate.Certificate;
import uk.safeguarding.training.certificate.CertificateErasure;
import uk.safeguarding.training.dataprotection.PersonalRecord.AttemptEntry;
import uk.safeguarding.training.dataprotection.PersonalRecord.CertificateEntry;
import uk.safeguarding.training.dataprotection.PersonalRecord.NotificationEntry;
import uk.safeguarding.training.dataprotection.PersonalRecord.Profile;
import uk.safeguarding.training.dataprotection.PersonalRecord.TrainingEntry;
import uk.safeguarding.training.dataprotection.internal.RecordJson;
import uk.safeguarding.training.dataprotection.internal.RecordPdf;
import uk.safeguarding.training.identity.CurrentUser;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.TrainingRecords;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.policy.PolicyService;
import uk.safeguarding.training.quiz.Attempt;
import uk.safeguarding.training.quiz.QuizService;
import uk.safeguarding.training.reminders.ReminderErasure;

/**
 * The signed-in person's own training record, everything held about them, to download. There is no id to pass: it
 * is always the caller's own record. Every download is audited.
 */
@Service
@Transactional(readOnly = true)
@PermitAll
public class MyRecordService {

    private final CurrentUser currentUser;
    private final IdentityService identity;
    private final TrainingRecords training;
    private final QuizService quiz;
    private final CertificateErasure certificates;
    private final ReminderErasure reminders;
    private final OrganisationService organisation;
    private final AuditLog audit;
    private final Clock clock;
    /**
     * Made at the first PDF download, not at start: the renderer parses the two embedded fonts and loads iText, which
     * every start paid for a download few people make (docs/decisions/0038). One renderer then serves every download.
     */
    private final SingletonSupplier<RecordPdf> recordPdf;
    private final PolicyService policies;

    MyRecordService(CurrentUser currentUser, IdentityService identity, TrainingRecords training, QuizService quiz,
                    CertificateErasure certificates, ReminderErasure reminders, OrganisationService organisation,
                    AuditLog audit, PolicyService policies, Clock clock) {
        this.policies = policies;
        this.currentUser = currentUser;
        this.identity = identity;
        this.training = training;
        this.quiz = quiz;
        this.certificates = certificates;
        this.reminders = reminders;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
        this.recordPdf = SingletonSupplier.of(() -> new RecordPdf(clock.getZone()));
    }

    /** A downloadable file: its name, media type and bytes. */
    public record RecordFile(String fileName, String mediaType, byte[] bytes) {
    }

    /** The record as a tagged PDF for reading and printing. */
    @Transactional
    public RecordFile pdf() {
        PersonalRecord record = myRecord();
        audit.record(AuditAction.PERSONAL_DATA_EXPORTED, "Own training record (PDF)", summary(record));
        return new RecordFile(fileName(record, "pdf"), "application/pdf", recordPdf.obtain().render(record));
    }

    /** The record as JSON, machine-readable, to take elsewhere. */
    @Transactional
    public RecordFile json() {
        PersonalRecord record = myRecord();
        audit.record(AuditAction.PERSONAL_DATA_EXPORTED, "Own training record (JSON)", summary(record));
        return new RecordFile(fileName(record, "json"), "application/json", RecordJson.write(record));
    }

    /** The signed-in person's record, without auditing (for showing what a download will contain). */
    public PersonalRecord myRecord() {
        long me = currentUser.require().id();
        UserAccount account = identity.findById(me).orElseThrow();
        Profile profile = new Profile(account.getDisplayName(), account.getEmail(), unitPath(account.getUnit()),
                account.getRoles().stream().sorted().map(Role::label).toList(),
                managedUnits(identity.managedPathPrefixes(me)),
                account.getJoinedOn(), account.getCreatedAt(), account.isActive(), account.getLeftOn());
        List<TrainingEntry> entries = training.historyOf(me).stream().map(e -> new TrainingEntry(e.courseTitle(),
                e.reason().name(), e.dueOn(), e.assignedAt(), e.closedAt(), e.courseVersion(), e.startedAt(), e.stage(),
                e.completedAt(), e.scorePercent(), e.enrolmentId() == null ? List.of() : attempts(e.enrolmentId())))
                .toList();
        List<CertificateEntry> certs = certificates.certificatesOf(me).stream().map(this::certificate).toList();
        List<NotificationEntry> notes = reminders.notificationsOf(me).stream()
                .map(n -> new NotificationEntry(n.getCreatedAt(), n.getMessage(), n.isRead())).toList();
        List<PersonalRecord.PolicyEntry> acknowledged = policies.myAcknowledgements().stream()
                .map(a -> new PersonalRecord.PolicyEntry(a.policy(), a.versionNumber(), a.contentHash(), a.acknowledgedAt()))
                .toList();
        return new PersonalRecord(clock.instant(), organisation.profile().name(), profile, entries, certs, notes, acknowledged);
    }

    private List<AttemptEntry> attempts(long enrolmentId) {
        return quiz.attempts(enrolmentId).stream().map(MyRecordService::attempt).toList();
    }

    private static AttemptEntry attempt(Attempt a) {
        return new AttemptEntry(a.getNumber(), a.getStartedAt(), a.getSubmittedAt(), a.getCorrectCount(),
                a.getQuestionCount(), a.getScorePercent(), a.isSubmitted() ? a.isPassed() : null,
                !a.isSubmitted() || a.hasAnswers());
    }

    private CertificateEntry certificate(Certificate c) {
        return new CertificateEntry(c.getDisplayCode(), c.getCourseTitle(), c.getCourseVersionNumber(),
                c.getCompletedOn(), c.getScorePercent(), c.getValidUntil(), certificates.statusOf(c, organisation.reminderTimings()).label(),
                c.getRevokedAt(), c.getIssuingOrganisation());
    }

    /** The units the person manages, read once: the check used to ask the database again for every unit. */
    private List<String> managedUnits(java.util.Collection<String> managedPaths) {
        if (managedPaths.isEmpty()) {
            return List.of();
        }
        return identity.allUnits().stream()
                .filter(u -> managedPaths.contains(u.getPath()))
                .map(MyRecordService::unitPath).toList();
    }

    /** "Council / Schools / Northgate": the unit and everything above it. */
    static String unitPath(OrganisationUnit unit) {
        List<String> names = new ArrayList<>();
        for (OrganisationUnit u = unit; u != null; u = u.getParent()) {
            names.add(u.getName());
        }
        Collections.reverse(names);
        return String.join(" / ", names);
    }

    private static String summary(PersonalRecord record) {
        return record.training().size() + " training record(s), " + record.certificates().size() + " certificate(s), "
                + record.notifications().size() + " notification(s), " + record.policyAcknowledgements().size()
                + " policy acknowledgement(s)";
    }

    private static String fileName(PersonalRecord record, String extension) {
        return "training-record-" + record.exportedAt().toString().substring(0, 10) + "." + extension;
    }
}
