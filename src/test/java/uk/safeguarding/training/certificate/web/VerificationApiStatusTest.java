package uk.safeguarding.training.certificate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.certificate.Verification;

/** The API's status word comes from the outcome itself, so a new outcome (SUPERSEDED, ...) needs no second mapping. */
class VerificationApiStatusTest {

    @Test
    void every_outcome_has_its_own_status_word() {
        for (Verification.Outcome outcome : Verification.Outcome.values()) {
            assertThat(VerificationApiController.status(outcome)).isEqualTo(outcome.name().toLowerCase(Locale.ROOT));
        }
        assertThat(Arrays.stream(Verification.Outcome.values()).map(VerificationApiController::status).distinct())
                .hasSize(Verification.Outcome.values().length);
    }
}
