package uk.safeguarding.training.policy;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.content.CourseText;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.CurrentUser;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.SignedInUser;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.settings.ReminderTimings;
import uk.safeguarding.training.policy.PolicyStanding.Acknowledgement;
import uk.safeguarding.training.policy.PolicyStanding.Line;
import uk.safeguarding.training.policy.PolicyStanding.Published;
import uk.safeguarding.training.policy.PolicyStanding.Requirement;
import uk.safeguarding.training.policy.internal.PolicyAcknowledgementRepository;
import uk.safeguarding.training.policy.internal.PolicyHistory;
import uk.safeguarding.training.policy.internal.PolicyRepository;
import uk.safeguarding.training.policy.internal.PolicyVersionRepository;
import uk.safeguarding.training.shared.Refusal;

/**
 * Reading and acknowledging policies (a learner, only policies required of them), the policy history for the
 * evidence pack, and the outstanding policies for reminders; the managers' report is {@link PolicyReport}. Statuses come from
 * {@link PolicyStanding}, the one rule.
 */
@Service
@Transactional(readOnly = true)
public class PolicyService {

    private final PolicyRepository policies;
    private final PolicyVersionRepository versions;
    private final PolicyAcknowledgementRepository acknowledgements;
    private final PolicyHistory history;
    private final CourseText courseText;
    private final OrganisationService organisation;
    private final IdentityService identity;
    private final CurrentUser currentUser;
    private final Clock clock;

    PolicyService(PolicyRepository policies, PolicyVersionRepository versions,
                  PolicyAcknowledgementRepository acknowledgements, PolicyHistory history, CourseText courseText,
                  OrganisationService organisation, IdentityService identity, CurrentUser currentUser,
                  Clock clock) {
        this.policies = policies;
        this.versions = versions;
        this.acknowledgements = acknowledgements;
        this.history = history;
        this.courseText = courseText;
        this.organisation = organisation;
        this.identity = identity;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A policy as the learner reads it: the version in force, its text (sanitised HTML) or PDF, and the questions. */
    public record Reading(long policyId, String title, long versionId, int versionNumber, PolicyVersion.Format format,
                          String safeHtml, String changeNote, Instant publishedAt, String contentHash,
                          List<QuestionView> questions, PolicyStatus status, LocalDate dueOn, Instant acknowledgedAt) {
    }

    public record QuestionView(String prompt, List<String> options) {
    }

    /** One line of the managers' report and export, and of the reminders. */
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
