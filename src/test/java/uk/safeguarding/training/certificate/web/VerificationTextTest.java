package uk.safeguarding.training.certificate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.certificate.Verification;

/** What the verify pages say about a certificate replaced by a later edition's. */
class VerificationTextTest {

    @Test
    void a_superseded_certificate_names_the_edition_that_replaced_it() {
        Verification answer = new Verification(Verification.Outcome.SUPERSEDED, "Uma Begum", "CSE awareness",
                LocalDate.of(2026, 8, 31), LocalDate.of(2027, 8, 31), null, null, false, 1, 1, 2);
        VerificationText text = VerificationText.of(answer, java.time.ZoneId.of("Europe/London"));
        assertThat(text.heading()).isEqualTo("Superseded by edition 2");
        assertThat(text.cssClass()).contains("verify-superseded");
        assertThat(String.join(" ", text.paragraphs())).contains("Uma Begum completed CSE awareness (edition 1, version 1) on 31 August 2026")
                .contains("completed edition 2");
    }

    @Test
    void a_superseded_certificate_of_an_erased_holder_says_only_its_status() {
        Verification answer = new Verification(Verification.Outcome.SUPERSEDED, null, null, null, null, null, null, true, null, null, 3);
        VerificationText text = VerificationText.of(answer, java.time.ZoneId.of("Europe/London"));
        assertThat(text.heading()).isEqualTo("Certificate issued, details withheld");
        assertThat(String.join(" ", text.paragraphs())).contains("superseded by edition 3");
    }
}
