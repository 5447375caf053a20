package uk.safeguarding.training.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import uk.safeguarding.training.settings.ReminderTimings;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateCodeTest {

    @Test
    void codes_carry_at_least_80_random_bits_from_an_alphabet_without_look_alikes() {
        double bits = CertificateCode.LENGTH * Math.log(CertificateCode.ALPHABET.length()) / Math.log(2);
        assertThat(bits).isGreaterThanOrEqualTo(80);
        assertThat(CertificateCode.ALPHABET).doesNotContain("0", "O", "1", "I", "L", "U");
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = CertificateCode.generate();
            assertThat(code).hasSize(20).matches("[" + CertificateCode.ALPHABET + "]+");
            codes.add(code);
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void typed_codes_are_accepted_in_any_case_with_spaces_or_dashes() {
        String code = CertificateCode.generate();
        String shown = CertificateCode.display(code);
        assertThat(shown).matches("(\\w{4}-){4}\\w{4}");
        assertThat(CertificateCode.normalise(shown.toLowerCase())).contains(code);
        assertThat(CertificateCode.normalise(" " + shown.replace('-', ' ') + " ")).contains(code);
    }

    @Test
    void anything_that_cannot_be_a_code_is_refused_before_any_look_up() {
        assertThat(CertificateCode.normalise(null)).isEmpty();
        assertThat(CertificateCode.normalise("ABC")).isEmpty();
        assertThat(CertificateCode.normalise("O000-1111-IIII-LLLL-UUUU")).isEmpty();
        assertThat(CertificateCode.normalise("'; drop table certificate; --")).isEmpty();
    }

    @Test
    void a_certificate_is_valid_through_its_last_day_and_expiring_in_its_last_thirty() {
        LocalDate until = LocalDate.of(2027, 3, 31);
        assertThat(CertificateStatus.of(false, until, until, ReminderTimings.DEFAULTS)).isEqualTo(CertificateStatus.EXPIRING);
        assertThat(CertificateStatus.of(false, until, until.plusDays(1), ReminderTimings.DEFAULTS)).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(CertificateStatus.of(false, until, until.minusDays(30), ReminderTimings.DEFAULTS)).isEqualTo(CertificateStatus.EXPIRING);
        assertThat(CertificateStatus.of(false, until, until.minusDays(31), ReminderTimings.DEFAULTS)).isEqualTo(CertificateStatus.VALID);
        assertThat(CertificateStatus.of(false, until, until.minusDays(40), new ReminderTimings(7, 45, 7)))
                .as("the organisation's expiry window").isEqualTo(CertificateStatus.EXPIRING);
        assertThat(CertificateStatus.of(true, until, until.minusDays(100), ReminderTimings.DEFAULTS)).isEqualTo(CertificateStatus.REVOKED);
    }
}
