package uk.safeguarding.training.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edition rules at their boundaries, with a fixed clock (UK time; publication at 10:00 on 1 September 2026). */
class EditionRulesTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private final Clock clock = Clock.fixed(Instant.parse("2026-09-01T09:00:00Z"), UK);
    private final Instant published = clock.instant();
    private final Instant firstPublished = published.minus(Duration.ofDays(400));

    private final Edition first = new Edition(1, 1, 1, firstPublished, List.of(), null, 0);
    private final Edition second = new Edition(2, 3, 3, published, List.of("the-law"),
            "The law on trafficking is now taught under the Modern Slavery Act 2015", 30);
    private final EditionRules rules = new EditionRules(List.of(second, first), UK);

    private static HeldCertificate certificate(long id, int edition, Instant issuedAt, LocalDate validUntil) {
        return new HeldCertificate(id, edition, issuedAt, validUntil, null);
    }

    private final HeldCertificate lastMonths = certificate(10, 1, published.minus(Duration.ofDays(30)),
            LocalDate.of(2027, 8, 2));

    @Test
    void the_edition_in_force_changes_at_the_instant_of_publication_not_before() {
        assertThat(rules.editionAt(published.minusNanos(1))).contains(first);
        assertThat(rules.editionAt(published)).contains(second);
        assertThat(rules.editionAt(firstPublished.minusSeconds(1))).isEmpty();
    }

    @Test
    void a_valid_certificate_of_an_earlier_edition_requires_an_update_from_publication_on() {
        assertThat(rules.updateRequiredAt(lastMonths, List.of(lastMonths), published.minusNanos(1))).isEmpty();
        var update = rules.updateRequiredAt(lastMonths, List.of(lastMonths), published).orElseThrow();
        assertThat(update.toEdition()).isEqualTo(2);
        assertThat(update.modules()).containsExactly("the-law");
        assertThat(update.reason()).contains("Modern Slavery Act 2015");
        // Due 30 UK days after publication (1 September 2026), overdue from the day after.
        assertThat(update.dueOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(update.overdue()).isFalse();
        Instant lastDueDay = LocalDate.of(2026, 10, 1).atTime(23, 59, 59).atZone(UK).toInstant();
        assertThat(rules.updateRequiredAt(lastMonths, List.of(lastMonths), lastDueDay).orElseThrow().overdue()).isFalse();
        assertThat(rules.updateRequiredAt(lastMonths, List.of(lastMonths), lastDueDay.plusSeconds(1)).orElseThrow().overdue())
                .isTrue();
    }

    @Test
    void an_expired_or_revoked_certificate_or_one_of_the_current_edition_requires_no_update() {
        HeldCertificate expiredTheDayBefore = certificate(11, 1, firstPublished, LocalDate.of(2026, 8, 31));
        HeldCertificate expiresThatDay = certificate(12, 1, firstPublished, LocalDate.of(2026, 9, 1));
        HeldCertificate revoked = new HeldCertificate(13, 1, firstPublished, LocalDate.of(2027, 1, 1), published.minusSeconds(1));
        HeldCertificate revokedLater = new HeldCertificate(14, 1, firstPublished, LocalDate.of(2027, 1, 1), published.plusSeconds(1));
        HeldCertificate current = certificate(15, 2, published.plusSeconds(60), LocalDate.of(2027, 9, 1));
        assertThat(rules.updateRequiredAt(expiredTheDayBefore, List.of(expiredTheDayBefore), published)).isEmpty();
        assertThat(rules.updateRequiredAt(expiresThatDay, List.of(expiresThatDay), published)).isPresent();
        assertThat(rules.updateRequiredAt(revoked, List.of(revoked), published)).isEmpty();
        // As at publication the later revocation had not happened yet; a second after it, it had.
        assertThat(rules.updateRequiredAt(revokedLater, List.of(revokedLater), published)).isPresent();
        assertThat(rules.updateRequiredAt(revokedLater, List.of(revokedLater), published.plusSeconds(1))).isEmpty();
        assertThat(rules.updateRequiredAt(current, List.of(current), published.plusSeconds(60))).isEmpty();
    }

    @Test
    void a_certificate_of_an_old_edition_issued_after_publication_gets_the_full_period_from_its_issue() {
        Instant issued = LocalDate.of(2026, 9, 20).atTime(16, 0).atZone(UK).toInstant();
        HeldCertificate late = certificate(16, 1, issued, LocalDate.of(2027, 9, 20));
        assertThat(rules.updateRequiredAt(late, List.of(late), issued).orElseThrow().dueOn())
                .isEqualTo(LocalDate.of(2026, 10, 20));
    }

    @Test
    void the_update_supersedes_the_old_certificate_from_its_issue_and_leaves_it_untouched() {
        Instant updated = published.plus(Duration.ofDays(3));
        HeldCertificate update = certificate(20, 2, updated, lastMonths.validUntil());
        List<HeldCertificate> both = List.of(lastMonths, update);
        assertThat(EditionRules.supersededBy(lastMonths, both, updated.minusNanos(1))).isEmpty();
        assertThat(EditionRules.supersededBy(lastMonths, both, updated)).contains(update);
        assertThat(EditionRules.supersededBy(update, both, updated)).isEmpty();
        assertThat(rules.updateRequiredAt(lastMonths, both, updated)).isEmpty();
        var standing = rules.standingAt(both, updated);
        assertThat(standing.certificate()).contains(update);
        assertThat(standing.update()).isEmpty();
        // As at the day before the update, the same records say: update required, old certificate counts.
        var before = rules.standingAt(both, updated.minus(Duration.ofDays(1)));
        assertThat(before.certificate()).contains(lastMonths);
        assertThat(before.update()).isPresent();
        // A revoked update supersedes nothing from its revocation on.
        HeldCertificate revokedUpdate = new HeldCertificate(21, 2, updated, lastMonths.validUntil(), updated.plusSeconds(5));
        assertThat(EditionRules.supersededBy(lastMonths, List.of(lastMonths, revokedUpdate), updated.plusSeconds(5))).isEmpty();
        assertThat(lastMonths).isEqualTo(certificate(10, 1, published.minus(Duration.ofDays(30)), LocalDate.of(2027, 8, 2)));
    }

    @Test
    void missing_two_editions_covers_both_changes_and_keeps_the_earliest_deadline() {
        Edition third = new Edition(3, 5, 5, published.plus(Duration.ofDays(20)), List.of("what-to-do", "the-law"),
                "Contacts for the local MASH changed", 60);
        EditionRules three = new EditionRules(List.of(first, second, third), UK);
        var update = three.updateRequiredAt(lastMonths, List.of(lastMonths), third.publishedAt()).orElseThrow();
        assertThat(update.toEdition()).isEqualTo(3);
        assertThat(update.modules()).containsExactly("the-law", "what-to-do");
        assertThat(update.reason()).isEqualTo("Contacts for the local MASH changed");
        assertThat(update.dueOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(three.modulesChangedAfter(2, 3)).containsExactly("what-to-do", "the-law");
    }

    @Test
    void the_update_scope_keeps_only_the_changed_modules_and_a_short_check() {
        CourseDefinition course = Courses.withQuestions(5, 6, 15);
        CourseDefinition update = EditionRules.updateScope(course, List.of("m4", "m2"));
        assertThat(update.modules()).extracting(ModuleDefinition::id).containsExactly("m2", "m4");
        assertThat(update.questions()).allMatch(q -> q.moduleId().equals("m2") || q.moduleId().equals("m4")).hasSize(12);
        assertThat(update.knowledgeChecks()).extracting(QuestionDefinition::moduleId).containsExactly("m2", "m4");
        assertThat(update.questionsPerAttempt()).isEqualTo(6);
        assertThat(update.passMark()).isEqualTo(course.passMark());
        assertThat(EditionRules.checkQuestions(9, 15)).isEqualTo(15);
        assertThat(EditionRules.updateScope(course, List.of("gone"))).isEqualTo(course);
    }

    @Test
    void a_new_edition_must_name_existing_modules_a_reason_and_a_due_period() {
        CourseDefinition course = Courses.withQuestions(2, 1, 2);
        assertThat(EditionChoice.minorCorrection().problems(course)).isEmpty();
        assertThat(EditionChoice.newEdition(List.of("m1"), "The law on trafficking changed", 30).problems(course)).isEmpty();
        assertThat(EditionChoice.newEdition(List.of(), "The law on trafficking changed", 30).problems(course))
                .anyMatch(p -> p.contains("at least one changed module"));
        assertThat(EditionChoice.newEdition(List.of("m9"), "The law on trafficking changed", 30).problems(course))
                .anyMatch(p -> p.contains("no module \"m9\""));
        assertThat(EditionChoice.newEdition(List.of("m1"), "  short   ", 30).problems(course))
                .anyMatch(p -> p.contains("at least 10 characters"));
        assertThat(EditionChoice.newEdition(List.of("m1"), "The law\tchanged a lot", 30).problems(course))
                .anyMatch(p -> p.contains("control characters"));
        assertThat(EditionChoice.newEdition(List.of("m1"), "The law on trafficking changed", 0).problems(course)).hasSize(1);
        assertThat(EditionChoice.newEdition(List.of("m1"), "The law on trafficking changed", 365).problems(course)).isEmpty();
        assertThat(EditionChoice.newEdition(List.of("m1"), "The law on trafficking changed", 366).problems(course)).hasSize(1);
    }
}
