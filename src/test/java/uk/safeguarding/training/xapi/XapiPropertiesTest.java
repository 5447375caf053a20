package uk.safeguarding.training.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class XapiPropertiesTest {

    private static XapiProperties of(String endpoint, String actor, String homePage) {
        return new XapiProperties(endpoint, "key", "secret", actor, homePage, null, null, null, null, null);
    }

    @Test
    void a_blank_endpoint_turns_xapi_off_and_needs_nothing_else() {
        XapiProperties off = of("  ", null, null);
        assertThat(off.enabled()).isFalse();
    }

    @Test
    void an_endpoint_needs_the_public_address_for_accounts_and_activity_ids() {
        assertThatThrownBy(() -> of("https://lrs.example.org/xapi/", null, ""))
                .hasMessageContaining("training.xapi.home-page");
        assertThatThrownBy(() -> of("https://lrs.example.org/xapi/", null, "training.example.org"))
                .hasMessageContaining("must be an http or https address");
        assertThatThrownBy(() -> of("ftp://lrs.example.org/", null, "https://training.example.org"))
                .hasMessageContaining("training.xapi.endpoint");
        assertThatThrownBy(() -> of("https://lrs.example.org/xapi/", "email", "https://training.example.org"))
                .hasMessageContaining("account or mbox");
    }

    @Test
    void the_actor_is_an_opaque_account_unless_mbox_is_chosen() {
        assertThat(of("https://lrs.example.org/xapi/", null, "https://t.example.org/").actorFormat())
                .isEqualTo(XapiProperties.ActorFormat.ACCOUNT);
        assertThat(of("https://lrs.example.org/xapi/", "MBOX", "https://t.example.org/").actorFormat())
                .isEqualTo(XapiProperties.ActorFormat.MBOX);
    }

    @Test
    void statements_go_under_the_endpoint_with_or_without_its_slash() {
        assertThat(of("https://lrs.example.org/xapi/", null, "https://t.example.org/").statementsUri())
                .hasToString("https://lrs.example.org/xapi/statements");
        assertThat(of("https://lrs.example.org/xapi", null, "https://t.example.org").statementsUri())
                .hasToString("https://lrs.example.org/xapi/statements");
        assertThat(of("https://lrs.example.org/xapi", null, "https://t.example.org//").base())
                .isEqualTo("https://t.example.org");
    }

    @Test
    void retries_back_off_exponentially_up_to_the_maximum() {
        XapiProperties properties = of("https://lrs.example.org/xapi/", null, "https://t.example.org");
        assertThat(properties.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(properties.delayAfter(5)).isEqualTo(Duration.ofSeconds(480));
        assertThat(properties.delayAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(properties.delayAfter(10_000)).isEqualTo(Duration.ofHours(1));
    }
}
