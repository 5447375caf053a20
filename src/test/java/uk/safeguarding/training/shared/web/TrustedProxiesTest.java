package uk.safeguarding.training.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies(List.of("10.0.0.5", " 172.16.0.0/12 ", "fd00::/8"));

    @Test
    void by_default_no_one_is_trusted_so_a_forwarded_header_changes_nothing() {
        TrustedProxies none = new TrustedProxies(null);
        assertThat(none.trusts("10.0.0.5")).isFalse();
        assertThat(none.trusts("127.0.0.1")).isFalse();
        assertThat(none.clientAddress("192.168.1.20", List.of("1.2.3.4"))).isEqualTo("192.168.1.20");
    }

    @Test
    void addresses_and_ranges_are_matched_bit_by_bit() {
        assertThat(proxies.trusts("10.0.0.5")).isTrue();
        assertThat(proxies.trusts("10.0.0.6")).isFalse();
        assertThat(proxies.trusts("172.31.255.1")).isTrue();
        assertThat(proxies.trusts("172.32.0.1")).isFalse();
        assertThat(proxies.trusts("fd12:3456::1")).isTrue();
        assertThat(proxies.trusts("fe80::1")).isFalse();
    }

    @Test
    void a_header_from_a_peer_that_is_not_a_trusted_proxy_is_ignored() {
        assertThat(proxies.clientAddress("192.168.1.20", List.of("203.0.113.7"))).isEqualTo("192.168.1.20");
    }

    @Test
    void behind_a_trusted_proxy_the_client_is_the_right_most_address_that_is_not_a_trusted_proxy() {
        assertThat(proxies.clientAddress("10.0.0.5", List.of("203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(proxies.clientAddress("10.0.0.5", List.of("6.6.6.6, 203.0.113.7, 172.16.0.9")))
                .as("what the client wrote on the left proves nothing").isEqualTo("203.0.113.7");
        assertThat(proxies.clientAddress("10.0.0.5", List.of("6.6.6.6", "203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(proxies.clientAddress("10.0.0.5", List.of())).isEqualTo("10.0.0.5");
        assertThat(proxies.clientAddress("10.0.0.5", List.of("not-an-address"))).isEqualTo("10.0.0.5");
    }

    @Test
    void a_setting_that_is_not_an_address_or_range_stops_the_start_with_a_message() {
        assertThatThrownBy(() -> new TrustedProxies(List.of("proxy.example.org")))
                .hasMessageContaining("proxy.example.org").hasMessageContaining("CIDR");
        assertThatThrownBy(() -> new TrustedProxies(List.of("10.0.0.0/33"))).hasMessageContaining("prefix");
    }
}
