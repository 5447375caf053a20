package uk.safeguarding.training.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The one certificate expiry rule, on a fixed clock. */
class CertificateValidityTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-31T10:00:00Z"), UK);
    private final LocalDate today = LocalDate.now(clock);

    @Test
    void valid_for_the_courses_months_after_the_completion_day_clamped_to_the_end_of_a_shorter_month() {
        assertThat(CertificateValidity.lastValidDay(today, 12)).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(CertificateValidity.lastValidDay(LocalDate.of(2026, 1, 31), 1)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(CertificateValidity.lastValidDay(LocalDate.of(2027, 1, 31), 13)).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void in_date_through_the_last_valid_day_and_expired_from_the_day_after() {
        assertThat(CertificateValidity.inDateOn(today, today)).isTrue();
        assertThat(CertificateValidity.expiredOn(today, today)).isFalse();
        assertThat(CertificateValidity.expiredOn(today.minusDays(1), today)).isTrue();
        assertThat(CertificateValidity.inDateOn(today.minusDays(1), today)).isFalse();
        assertThat(CertificateValidity.inDateOn(today.plusDays(1), today)).isTrue();
    }

    @Test
    void the_sql_forms_compare_the_same_way() {
        assertThat(CertificateValidity.expiredSql("cert.valid_until", "today")).isEqualTo("cert.valid_until < :today");
        assertThat(CertificateValidity.inDateSql("cert.valid_until", "today")).isEqualTo("cert.valid_until >= :today");
    }

    @Test
    void a_held_certificate_and_a_courses_expiry_use_the_rule() {
        CourseDefinition course = Courses.withQuestions(1, 2, 2);
        LocalDate last = course.validUntil(today);
        assertThat(last).isEqualTo(CertificateValidity.lastValidDay(today, course.validityMonths()));
        HeldCertificate held = new HeldCertificate(1, 1, clock.instant(), last, null);
        Instant lastDayEvening = last.atTime(23, 0).atZone(UK).toInstant();
        assertThat(held.validAt(lastDayEvening, UK)).isTrue();
        assertThat(held.validAt(last.plusDays(1).atTime(0, 30).atZone(UK).toInstant(), UK)).isFalse();
    }
}
