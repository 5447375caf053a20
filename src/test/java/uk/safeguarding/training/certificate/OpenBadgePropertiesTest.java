package uk.safeguarding.training.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Where the key that encrypts the signing keys may be missing, and what a wrong one is told. */
class OpenBadgePropertiesTest {

    @Test
    void production_refuses_to_start_without_a_key_and_says_how_to_make_one() {
        assertThatThrownBy(() -> new OpenBadgeProperties("", false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BADGE_KEY_ENCRYPTION_KEY").hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> new OpenBadgeProperties(null, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void development_and_demo_runs_use_the_development_key_when_none_is_set() {
        assertThat(new OpenBadgeProperties(null, true).usesDevelopmentKey()).isTrue();
        assertThat(new OpenBadgeProperties(" ", true).usesDevelopmentKey()).isTrue();
    }

    @Test
    void a_key_must_be_32_bytes_of_base64() {
        assertThat(new OpenBadgeProperties(Base64.getEncoder().encodeToString(new byte[32]), false).usesDevelopmentKey()).isFalse();
        assertThatThrownBy(() -> new OpenBadgeProperties(Base64.getEncoder().encodeToString(new byte[16]), false))
                .hasMessageContaining("has 16 bytes");
        assertThatThrownBy(() -> new OpenBadgeProperties("not base64!", true)).hasMessageContaining("not base64");
    }
}
