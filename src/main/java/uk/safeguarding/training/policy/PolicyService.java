package uk.safeguarding.training.policy;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.content.CourseText;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.CurrentUser;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.SignedInUser;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.settings.ReminderTimings;
import uk.safeguarding.training.policy.PolicyStanding.Acknowledgement;
import uk.safeguarding.training.policy.PolicyStanding.Line;
import uk.safeguarding.training.policy.PolicyStanding.Published;
import uk.safeguarding.training.policy.PolicyStanding.Requirement;
import uk.safeguarding.training.policy.internal.AcknowledgementRows;
import uk.safeguarding.training.policy.internal.PolicyAcknowledgementRepository;
import uk.safeguarding.training.policy.internal.PolicyHistory;
import uk.safeguarding.training.policy.internal.PolicyRepository;
import uk.safeguarding.training.policy.internal.PolicyVersionRepository;
import uk.safeguarding.training.shared.Refusal;
import uk.safeguarding.training.shared.SpreadsheetCells;

/**
 * Reading and acknowledging policies (a learner, only policies required of them), the managers' view of who has
 * acknowledged what (their units and below), and the outstanding policies for reminders. Statuses come from
 * {@link PolicyStanding}, the one rule.
 */
@Service
@Transactional(readOnly = true)
public class PolicyService {

    private final PolicyRepository policies;
    private final PolicyVersionRepository versions;
    private final PolicyAcknowledgementRepository acknowledgements;
    private final PolicyHistory history;
    private final AcknowledgementRows reportRows;
    private final CourseText courseText;
    private final OrganisationService organisation;
    private final IdentityService identity;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    PolicyService(PolicyRepository policies, PolicyVersionRepository versions,
                  PolicyAcknowledgementRepository acknowledgements, PolicyHistory history, AcknowledgementRows reportRows,
                  CourseText courseText,
                  OrganisationService organisation, IdentityService identity, CurrentUser currentUser, AuditLog audit,
                  Clock clock) {
        this.policies = policies;
        this.versions = versions;
        this.acknowledgements = acknowledgements;
        this.history = history;
        this.reportRows = reportRows;
        this.courseText = courseText;
        this.organisation = organisation;
        this.identity = identity;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** A policy as the learner reads it: the version in force, its text (sanitised HTML) or PDF, and the questions. */
    public record Reading(long policyId, String title, long versionId, int versionNumber, PolicyVersion.Format format,
                          String safeHtml, String changeNote, Instant publishedAt, String contentHash,
                          List<QuestionView> questions, PolicyStatus status, LocalDate dueOn, Instant acknowledgedAt) {
    }

    public record QuestionView(String prompt, List<String> options) {
    }

    /** One line of the managers' view and export. */
    public record PersonPolicy(long userId, String name, String email, String unit, String unitPath, Line line) {
    }

    /** An acknowledgement as the person's own record lists it. */
    public record OwnAcknowledgement(String policy, int versionNumber, String contentHash, Instant acknowledgedAt) {
    }

    /** The policies required of the signed-in person now, the most urgent first. */
    @PermitAll
    public List<Line> myPolicies() {
        UserAccount me = identity.findById(currentUser.require().id()).orElseThrow();
        return linesToday(me, history.acknowledgementsOf(me.getId())).stream()
                .sorted(Comparator.comparing((Line l) -> l.status().compliant()).thenComparing(Line::dueOn)).toList();
    }

    /** The version in force, for a person it is required of (administrators may read any). */
    @PermitAll
    public Reading read(long policyId) {
        SignedInUser me = currentUser.require();
        UserAccount account = identity.findById(me.id()).orElseThrow();
        Line line = linesToday(account, history.acknowledgementsOf(me.id())).stream()
                .filter(l -> l.policyId() == policyId).findFirst().orElse(null);
        if (line == null && !me.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("That policy is not one you have been asked to read");
        }
        PolicyVersion version = versions.findFirstByPolicyIdOrderByNumberDesc(policyId)
                .orElseThrow(() -> new AccessDeniedException("No such policy"));
        Policy policy = policies.findById(policyId).orElseThrow();
        String html = version.getFormat() == PolicyVersion.Format.MARKDOWN
                ? PolicyAdministration.render(courseText, organisation, version.getMarkdown()) : null;
        return new Reading(policyId, policy.getTitle(), version.getId(), version.getNumber(), version.getFormat(), html,
                version.getChangeNote(), version.getPublishedAt(), version.getContentHash(),
                version.getQuestions().stream().map(q -> new QuestionView(q.getPrompt(), q.getOptions())).toList(),
                line == null ? null : line.status(), line == null ? null : line.dueOn(), line == null ? null : line.acknowledgedAt());
    }

    /** The PDF of the version in force, under the same rule as {@link #read}. */
    @PermitAll
    public byte[] pdf(long policyId) {
        Reading reading = read(policyId);
        if (reading.format() != PolicyVersion.Format.PDF) {
            throw new IllegalArgumentException("This policy is not a PDF");
        }
        return versions.findById(reading.versionId()).orElseThrow().getPdf();
    }

    /**
     * "I have read and understood" the version the person read. Refused when a newer version was published meanwhile
     * (they must read that one), when the policy is not required of them, or when an answer is not right. Confirming
     * twice records it once.
     *
     * @param answers the chosen option of each question, from 0, in order
     * @return when the version was acknowledged
     */
    @PermitAll
    @Transactional
    public Instant acknowledge(long policyId, long versionId, List<Integer> answers) {
        SignedInUser me = currentUser.require();
        UserAccount account = identity.findById(me.id()).orElseThrow();
        boolean required = linesToday(account, List.of()).stream().anyMatch(l -> l.policyId() == policyId);
        if (!required) {
            throw new AccessDeniedException("That policy is not one you have been asked to read");
        }
        PolicyVersion current = versions.findFirstByPolicyIdOrderByNumberDesc(policyId).orElseThrow();
        if (current.getId() != versionId) {
            throw new Refusal("A new version of this policy was published while you were reading it: "
                    + "please read version " + current.getNumber() + ".");
        }
        List<PolicyQuestion> questions = current.getQuestions();
        for (int i = 0; i < questions.size(); i++) {
            Integer answer = answers == null || answers.size() <= i ? null : answers.get(i);
            if (answer == null) {
                throw new Refusal("Answer question " + (i + 1) + " first.");
            }
            if (answer != questions.get(i).getCorrectOption()) {
                throw new Refusal("Question " + (i + 1) + " is not right yet: read that part of the policy again.");
            }
        }
        return acknowledgements.findByUserIdOrderByAcknowledgedAtAsc(me.id()).stream()
                .filter(a -> a.getPolicyVersionId() == versionId).findFirst()
                .map(PolicyAcknowledgement::getAcknowledgedAt)
                // Stored to the microsecond (the column's precision), so the time returned now equals the one read back later.
                .orElseGet(() -> acknowledgements.saveAndFlush(new PolicyAcknowledgement(me.id(), current,
                                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS)))
                        .getAcknowledgedAt());
    }

    /** The signed-in person's own acknowledgements, every version, for their record download. */
    @PermitAll
    public List<OwnAcknowledgement> myAcknowledgements() {
        long me = currentUser.require().id();
        Map<Long, String> titles = policies.findAll().stream().collect(Collectors.toMap(Policy::getId, Policy::getTitle));
        return history.acknowledgementsOf(me).stream().map(a -> new OwnAcknowledgement(titles.get(a.policyId()),
                a.versionNumber(), a.contentHash(), a.at())).toList();
    }

    /** How many rows the policy report has for the reader, and how many of them are acknowledged. */
    public record AcknowledgementTotals(long rows, long acknowledged) {
    }

    /**
     * The size of {@link #acknowledgementPage}'s report: one row per active person the reader may see (their units and
     * below; everyone for an administrator) and policy required of them today.
     */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public AcknowledgementTotals acknowledgementTotals() {
        ReportBasis basis = reportBasis();
        Map<Long, java.util.Collection<Long>> unitsByVersion = new java.util.HashMap<>();
        basis.linesPerUnit().forEach((unit, lines) -> lines.forEach(l ->
                unitsByVersion.computeIfAbsent(l.versionId(), k -> new ArrayList<>()).add(unit)));
        return new AcknowledgementTotals(reportRows.count(basis.rowsPerUnit(), basis.scope()),
                reportRows.acknowledged(unitsByVersion, basis.scope(), PolicyStanding.endOf(basis.today(), clock.getZone())));
    }

    /**
     * Rows {@code offset} to {@code offset + limit - 1} of the policy report, ordered by name, person and policy; only
     * the people on the page are read, so the report pages like the training report does.
     */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public List<PersonPolicy> acknowledgementPage(long offset, int limit) {
        ReportBasis basis = reportBasis();
        List<AcknowledgementRows.Listed> people = reportRows.people(basis.rowsPerUnit(), basis.scope(), offset, limit);
        Map<Long, List<Acknowledgement>> acks = history.acknowledgementsOf(
                people.stream().map(AcknowledgementRows.Listed::userId).collect(Collectors.toSet()));
        List<PersonPolicy> rows = new ArrayList<>();
        for (AcknowledgementRows.Listed person : people) {
            OrganisationUnit unit = basis.units().get(person.unitId());
            List<Line> lines = PolicyStanding.linesOn(basis.today(), unit.getPath(), person.joinedOn(), basis.published(),
                    basis.requirements(), acks.getOrDefault(person.userId(), List.of()), basis.windows(), clock.getZone());
            for (Line line : AcknowledgementRows.slice(lines, person.rowsBefore(), offset, limit)) {
                rows.add(new PersonPolicy(person.userId(), person.name(), person.email(), unit.getName(), unit.getPath(), line));
            }
        }
        return rows;
    }

    /** {@link #acknowledgementPage} as CSV, written a page at a time (UTF-8 with a byte-order mark, formulas neutralised); audited. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public int exportCsv(OutputStream out) {
        int written = 0;
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader("Name", "Email", "Unit", "Policy",
                    "Version", "Content hash", "Status", "Due", "Acknowledged").get());
            List<PersonPolicy> page;
            do {
                page = acknowledgementPage(written, EXPORT_PAGE);
                for (PersonPolicy row : page) {
                    Line l = row.line();
                    csv.printRecord(SpreadsheetCells.neutralise(row.name()), SpreadsheetCells.neutralise(row.email()),
                            SpreadsheetCells.neutralise(row.unit()), SpreadsheetCells.neutralise(l.title()), l.versionNumber(),
                            l.contentHash(), l.status().label(), l.dueOn(),
                            l.acknowledgedAt() == null ? "" : l.acknowledgedAt().toString());
                }
                written += page.size();
            } while (page.size() == EXPORT_PAGE);
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.PERSONAL_DATA_EXPORTED, "Policy acknowledgements (CSV)", written + " rows");
        return written;
    }

    private static final int EXPORT_PAGE = 1000;

    /** What every page of the report is computed from: the standing rule applied once per unit, and the reader's scope. */
    private record ReportBasis(LocalDate today, Map<Long, OrganisationUnit> units, Map<Long, List<Line>> linesPerUnit,
                               Map<Long, Integer> rowsPerUnit, java.util.Collection<String> scope,
                               List<Published> published, List<Requirement> requirements, ReminderTimings windows) {
    }

    private ReportBasis reportBasis() {
        java.util.Collection<String> scope = scope();
        LocalDate today = LocalDate.now(clock);
        List<Published> published = history.published();
        List<Requirement> requirements = history.requirements();
        ReminderTimings windows = organisation.reminderTimings();
        Map<Long, OrganisationUnit> units = new java.util.HashMap<>();
        Map<Long, List<Line>> linesPerUnit = new java.util.HashMap<>();
        Map<Long, Integer> rowsPerUnit = new java.util.TreeMap<>();
        for (OrganisationUnit unit : identity.allUnits()) {
            units.put(unit.getId(), unit);
            // Which policies a person must read depends on their unit alone (joining only moves the due date).
            List<Line> lines = PolicyStanding.linesOn(today, unit.getPath(), null, published, requirements, List.of(), windows, clock.getZone());
            if (!lines.isEmpty()) {
                linesPerUnit.put(unit.getId(), lines);
                rowsPerUnit.put(unit.getId(), lines.size());
            }
        }
        return new ReportBasis(today, units, linesPerUnit, rowsPerUnit, scope, published, requirements, windows);
    }

    /** The unit paths the reader may see with everything below them; null for an administrator (everyone). */
    private java.util.Collection<String> scope() {
        uk.safeguarding.training.identity.VisibleUnits visible = identity.reportScope();
        return visible.isEverything() ? null : visible.roots();
    }

    /**
     * For the reminder job (no one signed in): every active person's policies that are not acknowledged today.
     * Not for views.
     */
    public List<PersonPolicy> outstandingToday() {
        List<UserAccount> people = identity.allPeopleForStartup().stream().filter(UserAccount::isActive).toList();
        Map<Long, List<Acknowledgement>> acks = history.acknowledgementsBefore(PolicyStanding.endOf(LocalDate.now(clock), clock.getZone()));
        return linesFor(people, acks).stream().filter(p -> !p.line().status().compliant()).toList();
    }

    /** The recorded history on a past day (or today), for the evidence pack, which scopes and checks its reader. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.ADMIN})
    public AsAt asAt(LocalDate day) {
        return new AsAt(day, history.published(), history.requirements(),
                history.acknowledgementsBefore(PolicyStanding.endOf(day, clock.getZone())), organisation.reminderTimings(),
                clock.getZone());
    }

    /** Policy history frozen at the end of a day; {@link #linesFor} answers for one person in their unit that day. */
    public record AsAt(LocalDate day, List<Published> versions, List<Requirement> requirements,
                       Map<Long, List<Acknowledgement>> acknowledgements, ReminderTimings windows,
                       java.time.ZoneId zone) {

        public List<Line> linesFor(long userId, String unitPath, LocalDate joinedOn) {
            return PolicyStanding.linesOn(day, unitPath, joinedOn, versions, requirements,
                    acknowledgements.getOrDefault(userId, List.of()), windows, zone);
        }

        public boolean any() {
            return !versions.isEmpty();
        }
    }

    private List<PersonPolicy> linesFor(List<UserAccount> people, Map<Long, List<Acknowledgement>> acks) {
        LocalDate today = LocalDate.now(clock);
        List<Published> published = history.published();
        List<Requirement> requirements = history.requirements();
        ReminderTimings windows = organisation.reminderTimings();
        List<PersonPolicy> rows = new ArrayList<>();
        for (UserAccount person : people) {
            for (Line line : PolicyStanding.linesOn(today, person.getUnit().getPath(), person.getJoinedOn(), published,
                    requirements, acks.getOrDefault(person.getId(), List.of()), windows, clock.getZone())) {
                rows.add(new PersonPolicy(person.getId(), person.getDisplayName(), person.getEmail(),
                        person.getUnit().getName(), person.getUnit().getPath(), line));
            }
        }
        return rows;
    }

    private List<Line> linesToday(UserAccount person, List<Acknowledgement> acks) {
        if (!person.isActive()) {
            return List.of();
        }
        return PolicyStanding.linesOn(LocalDate.now(clock), person.getUnit().getPath(), person.getJoinedOn(),
                history.published(), history.requirements(), acks, organisation.reminderTimings(), clock.getZone());
    }

}
