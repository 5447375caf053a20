package uk.safeguarding.training.course;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one owner of the edition rules (docs/decisions/0018): which edition is in force at an instant, who must update
 * and by when, which modules an update covers, and when a certificate is superseded. Pure: it is given the course's
 * editions and a person's certificates as plain values and an instant, so every answer can be asked "as at" any
 * past instant and unit-tested with a fixed clock.
 *
 * <ul>
 *   <li>A certificate valid at T (issued by T, not revoked by T, in date on T's UK day) of an edition older than the
 *   edition in force at T requires an update, unless it is superseded at T.</li>
 *   <li>The update is due on the earliest of the missed editions' deadlines, each being its due days after the later
 *   of its publication and the certificate's issue (a certificate issued after an edition, on an older version,
 *   gets the full period).</li>
 *   <li>It covers the union of the modules those editions changed that the newest version still has.</li>
 *   <li>A certificate is superseded at T by the first-issued certificate of the same person and course, of a later
 *   edition, issued by T and not revoked by T. The old certificate is never changed: supersession is computed.</li>
 * </ul>
 */
public final class EditionRules {

    /** Questions per changed module in an update's check, capped at the course's own questions per attempt. */
    public static final int CHECK_QUESTIONS_PER_MODULE = 3;

    private final List<Edition> editions;
    private final ZoneId zone;

    /** @param editions the course's editions, in any order */
    public EditionRules(Collection<Edition> editions, ZoneId zone) {
        this.editions = editions.stream().sorted(Comparator.comparingInt(Edition::number)).toList();
        this.zone = zone;
    }

    /** An update someone must do, as at an instant. */
    public record UpdateRequirement(int toEdition, List<String> modules, String reason, LocalDate dueOn, boolean overdue) {
        public UpdateRequirement {
            modules = List.copyOf(modules);
        }
    }

    /**
     * A person's standing in one course as at an instant: the certificate that counts (valid, not superseded, of the
     * highest edition) and the update it still needs, if any.
     */
    public record Standing(Optional<HeldCertificate> certificate, Optional<UpdateRequirement> update) {
    }

    public List<Edition> editions() {
        return editions;
    }

    /** The edition in force at the instant: the newest published by then. */
    public Optional<Edition> editionAt(Instant at) {
        return editions.stream().filter(e -> !e.publishedAt().isAfter(at)).reduce((a, b) -> b);
    }

    /**
     * Where a person stands in the course as at the instant, from all their certificates of it (any order). This is
     * what "as at" reports ask: the answer depends only on the instant and the recorded values.
     */
    public Standing standingAt(Collection<HeldCertificate> certificates, Instant at) {
        Optional<HeldCertificate> counting = certificates.stream()
                .filter(c -> c.validAt(at, zone) && supersededBy(c, certificates, at).isEmpty())
                .max(Comparator.comparingInt(HeldCertificate::edition).thenComparing(HeldCertificate::issuedAt));
        return new Standing(counting, counting.flatMap(c -> updateRequiredAt(c, certificates, at)));
    }

    /**
     * The update the holder of this certificate must do as at the instant; empty when the certificate is not valid
     * then, is superseded then, or is of the edition in force.
     *
     * @param samePersonAndCourse every certificate of the same person and course (it may include this one)
     */
    public Optional<UpdateRequirement> updateRequiredAt(HeldCertificate held, Collection<HeldCertificate> samePersonAndCourse,
                                                        Instant at) {
        if (!held.validAt(at, zone) || supersededBy(held, samePersonAndCourse, at).isPresent()) {
            return Optional.empty();
        }
        List<Edition> missed = editions.stream()
                .filter(e -> e.number() > held.edition() && !e.publishedAt().isAfter(at)).toList();
        if (missed.isEmpty()) {
            return Optional.empty();
        }
        Edition target = missed.getLast();
        LocalDate dueOn = missed.stream().map(e -> dueOn(e, held.issuedAt())).min(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(new UpdateRequirement(target.number(), modulesChangedAfter(held.edition(), target.number()),
                target.reason(), dueOn, at.atZone(zone).toLocalDate().isAfter(dueOn)));
    }

    /** The edition's deadline for a certificate issued at the instant given: due days after the later of the two. */
    public LocalDate dueOn(Edition edition, Instant certificateIssuedAt) {
        Instant from = certificateIssuedAt.isAfter(edition.publishedAt()) ? certificateIssuedAt : edition.publishedAt();
        return from.atZone(zone).toLocalDate().plusDays(edition.updateDueDays());
    }

    /**
     * The modules changed by the editions after {@code fromEdition} up to and including {@code toEdition}, in the
     * order of the newest of them, keeping only modules that edition still has (as listed by its changes).
     */
    public List<String> modulesChangedAfter(int fromEdition, int toEdition) {
        Set<String> modules = new LinkedHashSet<>();
        editions.stream().filter(e -> e.number() > fromEdition && e.number() <= toEdition)
                .forEach(e -> modules.addAll(e.changedModules()));
        return new ArrayList<>(modules);
    }

    /**
     * The certificate that supersedes this one as at the instant: the first-issued certificate of a later edition of
     * the same person and course, issued by then and not revoked by then.
     */
    public static Optional<HeldCertificate> supersededBy(HeldCertificate held, Collection<HeldCertificate> samePersonAndCourse,
                                                         Instant at) {
        return samePersonAndCourse.stream()
                .filter(c -> c.id() != held.id() && c.edition() > held.edition() && !c.issuedAt().isAfter(at)
                        && !c.revokedAt(at))
                .min(Comparator.comparing(HeldCertificate::issuedAt));
    }

    /** How many questions an update's check draws: a few per changed module, never more than the full assessment. */
    public static int checkQuestions(int changedModules, int questionsPerAttempt) {
        return Math.max(1, Math.min(questionsPerAttempt, CHECK_QUESTIONS_PER_MODULE * changedModules));
    }

    /**
     * The course as an update presents it: only the given modules, their knowledge checks and their questions, with
     * a short check instead of the full assessment. Module ids the version no longer has are ignored; when none is
     * left, the whole course.
     */
    public static CourseDefinition updateScope(CourseDefinition course, Collection<String> moduleIds) {
        List<ModuleDefinition> modules = course.modules().stream().filter(m -> moduleIds.contains(m.id())).toList();
        if (modules.isEmpty()) {
            return course;
        }
        Set<String> kept = new LinkedHashSet<>();
        modules.forEach(m -> kept.add(m.id()));
        List<QuestionDefinition> questions = course.questions().stream().filter(q -> kept.contains(q.moduleId())).toList();
        return new CourseDefinition(course.id(), course.title(), course.summary(), course.audience(),
                course.estimatedMinutes(), course.passMark(), checkQuestions(modules.size(), course.questionsPerAttempt()),
                course.validityMonths(), course.attemptPolicy(), course.sources(), modules, questions,
                course.knowledgeChecks().stream().filter(q -> kept.contains(q.moduleId())).toList(), course.assets(),
                course.contentChecked(),
                course.scenarios().stream().filter(s -> modules.stream().anyMatch(m -> m.scenarioIds().contains(s.id()))).toList(),
                course.scenarioSettings());
    }

}
