package uk.safeguarding.training.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.evidence.CourseStatusAsAt.AssignmentRecord;
import uk.safeguarding.training.evidence.CourseStatusAsAt.CertificateRecord;
import uk.safeguarding.training.evidence.CourseStatusAsAt.CourseStanding;
import uk.safeguarding.training.settings.ReminderTimings;
import uk.safeguarding.training.policy.PolicyStanding;

/** A course status on a past day comes only from what was recorded by the end of that day. */
class CourseStatusAsAtTest {

    /** The zone of the application's clock (shared.TimeConfiguration). */
    private static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");

    private static Instant at(String day, int hour) {
        return LocalDate.parse(day).atTime(hour, 0).atZone(LONDON).toInstant();
    }

    private static final CertificateRecord CERT = new CertificateRecord("ABCD", LocalDate.parse("2025-03-10"),
            LocalDate.parse("2026-03-09"), at("2025-03-10", 15), null);
    private static final AssignmentRecord FIRST = new AssignmentRecord(1, LocalDate.parse("2025-03-31"),
            at("2025-03-01", 9), at("2026-03-10", 7), at("2025-03-05", 10), at("2025-03-10", 15), CERT);
    private static final AssignmentRecord REFRESHER = new AssignmentRecord(2, LocalDate.parse("2026-03-09"),
            at("2026-03-10", 7), null, null, null, null);

    private static CourseStanding on(String day, AssignmentRecord... history) {
        return CourseStatusAsAt.standing(List.of(history), LocalDate.parse(day), ReminderTimings.DEFAULTS, LONDON);
    }

    @Test
    void nothing_before_the_assignment_then_each_stage_on_the_day_it_was_recorded() {
        assertThat(on("2025-02-28", FIRST)).isNull();
        assertThat(on("2025-03-01", FIRST).status()).isEqualTo("Not started");
        assertThat(on("2025-03-05", FIRST).status()).isEqualTo("In progress");
        assertThat(on("2025-03-09", FIRST)).satisfies(s -> {
            assertThat(s.status()).isEqualTo("In progress");
            assertThat(s.certificateCode()).isNull();
        });
        assertThat(on("2025-03-10", FIRST)).satisfies(s -> {
            assertThat(s.status()).isEqualTo("Completed");
            assertThat(s.compliant()).isTrue();
            assertThat(s.certificateCode()).isEqualTo("ABCD");
            assertThat(s.completedOn()).isEqualTo(LocalDate.parse("2025-03-10"));
        });
    }

    @Test
    void expiring_then_expired_then_the_refresher_counts() {
        assertThat(on("2026-02-10", FIRST, REFRESHER).status()).isEqualTo("Expiring");
        assertThat(on("2026-03-09", FIRST, REFRESHER).status()).as("the last valid day").isEqualTo("Expiring");
        // The refresher was assigned on the 10th: that day the open assignment is the refresher, overdue since the 9th.
        assertThat(on("2026-03-10", FIRST, REFRESHER)).satisfies(s -> {
            assertThat(s.status()).isEqualTo("Overdue");
            assertThat(s.overdue()).isTrue();
            assertThat(s.compliant()).isFalse();
        });
    }

    @Test
    void a_revocation_counts_from_the_day_it_was_made_not_before() {
        AssignmentRecord revoked = new AssignmentRecord(1, FIRST.dueOn(), FIRST.assignedAt(), null, FIRST.startedAt(),
                FIRST.completedAt(), new CertificateRecord("ABCD", CERT.completedOn(), CERT.validUntil(), CERT.issuedAt(),
                at("2025-06-01", 12)));
        assertThat(on("2025-05-31", revoked).status()).isEqualTo("Completed");
        assertThat(on("2025-06-01", revoked)).satisfies(s -> {
            assertThat(s.status()).isEqualTo("Revoked");
            assertThat(s.compliant()).isFalse();
        });
    }

    @Test
    void an_update_to_a_new_edition_is_update_required_and_compliant_until_its_due_day() {
        AssignmentRecord certified = new AssignmentRecord(1, FIRST.dueOn(), FIRST.assignedAt(), null, FIRST.startedAt(),
                FIRST.completedAt(), CERT);
        AssignmentRecord update = new AssignmentRecord(3, LocalDate.parse("2025-10-01"), at("2025-09-01", 9), null,
                null, null, null, true);
        assertThat(on("2025-08-31", certified, update).status()).as("before the edition").isEqualTo("Completed");
        assertThat(on("2025-09-15", certified, update)).satisfies(s -> {
            assertThat(s.status()).isEqualTo("Update required");
            assertThat(s.compliant()).isTrue();
            assertThat(s.overdue()).isFalse();
        });
        assertThat(on("2025-10-01", certified, update).status()).as("the due day").isEqualTo("Update required");
        assertThat(on("2025-10-02", certified, update)).satisfies(s -> {
            assertThat(s.status()).isEqualTo("Overdue");
            assertThat(s.compliant()).isFalse();
        });
        AssignmentRecord done = new AssignmentRecord(3, update.dueOn(), update.assignedAt(), null, at("2025-09-20", 10),
                at("2025-09-20", 11), new CertificateRecord("EFGH", LocalDate.parse("2025-09-20"),
                LocalDate.parse("2026-03-09"), at("2025-09-20", 11), null), true);
        assertThat(on("2025-09-19", certified, done).status()).isEqualTo("Update required");
        assertThat(on("2025-09-20", certified, done)).satisfies(s -> {
            assertThat(s.status()).isEqualTo("Completed");
            assertThat(s.certificateCode()).isEqualTo("EFGH");
        });
    }
}
