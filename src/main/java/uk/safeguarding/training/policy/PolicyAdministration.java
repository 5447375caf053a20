package uk.safeguarding.training.policy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.content.CourseText;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.CurrentUser;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.policy.internal.PolicyRepository;
import uk.safeguarding.training.policy.internal.PolicyUnitAssignmentRepository;
import uk.safeguarding.training.policy.internal.PolicyVersionRepository;
import uk.safeguarding.training.shared.Refusal;

/**
 * Administrators publish policies (Markdown written in the app, or an uploaded PDF), publish new versions, and assign
 * them to units. Every input is checked before anything is stored; every change is audited.
 */
@Service
@Transactional
@RolesAllowed(AppRoles.ADMIN)
public class PolicyAdministration {

    public static final int MAX_MARKDOWN = 200_000;
    public static final int MAX_PDF_BYTES = 10 * 1024 * 1024;
    public static final int MAX_QUESTIONS = 3;
    public static final int MAX_DUE_DAYS = 365;

    private final PolicyRepository policies;
    private final PolicyVersionRepository versions;
    private final PolicyUnitAssignmentRepository assignments;
    private final CourseText courseText;
    private final OrganisationService organisation;
    private final IdentityService identity;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    PolicyAdministration(PolicyRepository policies, PolicyVersionRepository versions,
                         PolicyUnitAssignmentRepository assignments, CourseText courseText, OrganisationService organisation,
                         IdentityService identity, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.policies = policies;
        this.versions = versions;
        this.assignments = assignments;
        this.courseText = courseText;
        this.organisation = organisation;
        this.identity = identity;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** A question as typed: options one per line, the right one counted from 1. */
    public record QuestionInput(String prompt, String options, int correctOption) {
    }

    /** What a new version holds: exactly one of Markdown or PDF bytes. */
    public record VersionInput(String title, String markdown, byte[] pdf, String changeNote, List<QuestionInput> questions) {
    }

    public record PolicySummary(long policyId, String title, int versionNumber, PolicyVersion.Format format,
                                java.time.Instant publishedAt, String contentHash, List<String> units) {
    }

    public List<PolicySummary> policies() {
        return policies.findAllByOrderByTitleAsc().stream().map(p -> {
            PolicyVersion v = versions.findFirstByPolicyIdOrderByNumberDesc(p.getId()).orElseThrow();
            List<String> units = assignments.findByPolicyId(p.getId()).stream()
                    .map(a -> identity.unit(a.getUnitId()).map(OrganisationUnit::getName).orElse("?") + " (" + a.getDueDays() + " days)")
                    .toList();
            return new PolicySummary(p.getId(), p.getTitle(), v.getNumber(), v.getFormat(), v.getPublishedAt(),
                    v.getContentHash(), units);
        }).toList();
    }

    /** The newest version's Markdown, to start the next version from; empty for a PDF. */
    public String currentMarkdown(long policyId) {
        return versions.findFirstByPolicyIdOrderByNumberDesc(policyId).map(PolicyVersion::getMarkdown).orElse("");
    }

    /** The live preview: exactly what learners will see (the course-text renderer and its sanitiser). */
    public String preview(String markdown) {
        return render(courseText, organisation, markdown);
    }

    static String render(CourseText courseText, OrganisationService organisation, String markdown) {
        return courseText.toSafeHtml(markdown, organisation.profile().placeholderValues());
    }

    /**
     * Publishes a new policy ({@code policyId} null) or a new version of one. A new version asks everyone again.
     *
     * @throws IllegalArgumentException with a message for the person when any input is wrong; nothing is stored then
     */
    public PolicyVersion publish(Long policyId, VersionInput input) {
        String title = input.title() == null ? "" : input.title().strip();
        if (title.isEmpty()) {
            throw new Refusal("Enter a title for the policy.");
        }
        if (title.length() > Policy.MAX_TITLE) {
            throw new Refusal("Use at most " + Policy.MAX_TITLE + " characters for the title.");
        }
        String note = input.changeNote() == null ? "" : input.changeNote().strip();
        if (note.length() > 1000) {
            throw new Refusal("Use at most 1000 characters for what changed.");
        }
        List<PolicyQuestion> questions = questions(input.questions());
        boolean pdf = input.pdf() != null;
        String markdown = null;
        byte[] content;
        if (pdf) {
            requirePdf(input.pdf());
            content = input.pdf();
        } else {
            markdown = input.markdown() == null ? "" : input.markdown().strip();
            if (markdown.isEmpty()) {
                throw new Refusal("Write the policy's text, or upload it as a PDF.");
            }
            if (markdown.length() > MAX_MARKDOWN) {
                throw new Refusal("The text is " + markdown.length() + " characters long; at most "
                        + MAX_MARKDOWN + " are allowed.");
            }
            content = markdown.getBytes(StandardCharsets.UTF_8);
        }
        String by = currentUser.require().email();
        Policy policy;
        int number;
        if (policyId == null) {
            policy = policies.save(new Policy(title, clock.instant(), by));
            number = 1;
        } else {
            policy = policies.findById(policyId).orElseThrow(() -> new IllegalArgumentException("There is no policy " + policyId + "."));
            policy.retitle(title);
            number = versions.findFirstByPolicyIdOrderByNumberDesc(policyId).map(v -> v.getNumber() + 1).orElse(1);
        }
        PolicyVersion version = versions.saveAndFlush(new PolicyVersion(policy.getId(), number,
                pdf ? PolicyVersion.Format.PDF : PolicyVersion.Format.MARKDOWN, markdown, pdf ? content : null,
                sha256(content), note, questions, clock.instant(), by));
        audit.record(AuditAction.POLICY_PUBLISHED, "Policy: " + title, "Published version " + number
                + (pdf ? " (PDF, " + content.length + " bytes)" : " (" + markdown.length() + " characters)")
                + ", content hash " + version.getContentHash() + (note.isEmpty() ? "" : "; " + note));
        return version;
    }

    /**
     * Requires the policy of everyone in the units and below, including people who join later, within {@code dueDays}.
     *
     * @return how many units it was assigned to
     */
    public int assignToUnits(long policyId, Set<Long> unitIds, int dueDays) {
        Policy policy = policies.findById(policyId).orElseThrow(() -> new IllegalArgumentException("There is no policy " + policyId + "."));
        if (unitIds == null || unitIds.isEmpty()) {
            throw new Refusal("Choose at least one unit.");
        }
        if (dueDays < 0 || dueDays > MAX_DUE_DAYS) {
            throw new Refusal("Give between 0 and " + MAX_DUE_DAYS + " days to read it.");
        }
        List<OrganisationUnit> units = new ArrayList<>();
        for (long unitId : unitIds) {
            OrganisationUnit unit = identity.unit(unitId).orElseThrow(() -> new IllegalArgumentException("There is no unit " + unitId + "."));
            if (unit.isRetired()) {
                throw new Refusal(unit.getName() + " is retired: choose a unit in use.");
            }
            units.add(unit);
        }
        String by = currentUser.require().email();
        for (OrganisationUnit unit : units) {
            assignments.save(new PolicyUnitAssignment(policyId, unit.getId(), dueDays, clock.instant(), by));
        }
        audit.record(AuditAction.POLICY_ASSIGNED, "Policy: " + policy.getTitle(), "Assigned to "
                + String.join(", ", units.stream().map(OrganisationUnit::getName).sorted().toList()) + ", due within " + dueDays + " days");
        return units.size();
    }

    /** Units in use, for the assign form. */
    public List<OrganisationUnit> units() {
        return identity.allUnits().stream().filter(u -> !u.isRetired()).toList();
    }

    private static List<PolicyQuestion> questions(List<QuestionInput> inputs) {
        List<PolicyQuestion> questions = new ArrayList<>();
        if (inputs == null) {
            return questions;
        }
        List<QuestionInput> given = inputs.stream().filter(q -> q != null && q.prompt() != null && !q.prompt().isBlank()).toList();
        if (given.size() > MAX_QUESTIONS) {
            throw new Refusal("Ask at most " + MAX_QUESTIONS + " questions.");
        }
        for (int i = 0; i < given.size(); i++) {
            QuestionInput q = given.get(i);
            String where = "Question " + (i + 1) + ": ";
            String prompt = q.prompt().strip();
            if (prompt.length() > 500) {
                throw new Refusal(where + "use at most 500 characters.");
            }
            List<String> options = (q.options() == null ? "" : q.options()).lines().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            if (options.size() < 2 || options.size() > 5) {
                throw new Refusal(where + "give between 2 and 5 options, one per line.");
            }
            if (String.join("\n", options).length() > 2000) {
                throw new Refusal(where + "the options are too long (2000 characters in all).");
            }
            if (q.correctOption() < 1 || q.correctOption() > options.size()) {
                throw new Refusal(where + "the right answer must be one of options 1 to " + options.size() + ".");
            }
            questions.add(new PolicyQuestion(prompt, options, q.correctOption() - 1));
        }
        return questions;
    }

    /** A PDF is accepted when it starts like one and iText can open it without a password and finds a page. */
    static void requirePdf(byte[] bytes) {
        if (bytes.length == 0) {
            throw new Refusal("The file is empty.");
        }
        if (bytes.length > MAX_PDF_BYTES) {
            throw new Refusal("The PDF is larger than 10 MB.");
        }
        if (bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new Refusal("The file is not a PDF.");
        }
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            if (pdf.getNumberOfPages() < 1) {
                throw new Refusal("The PDF has no pages.");
            }
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException | java.io.IOException e) {
            throw new Refusal("The file is not a PDF that can be opened (damaged or password-protected).");
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
