package uk.safeguarding.training.shared.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reverse proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} headers are believed
 * ({@code training.http.trusted-proxies}, environment {@code TRUSTED_PROXIES}): IP addresses or CIDR ranges, such
 * as {@code 10.0.0.5, 10.1.0.0/16}. Empty (the default) believes no one, so a client cannot choose its own address by
 * sending the header; the address is then the TCP peer's. Only a request whose direct peer is listed has its client
 * taken from the header: the right-most address in it that is not itself a listed proxy (the left ones were written
 * by the client and prove nothing).
 */
@ConfigurationProperties("training.http")
public record TrustedProxies(List<String> trustedProxies) {

    private static final Pattern LITERAL_ADDRESS = Pattern.compile("[0-9a-fA-F:.]+");

    public TrustedProxies {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        trustedProxies.forEach(TrustedProxies::range);
    }

    public boolean trusts(String address) {
        byte[] ip = literal(address);
        return ip != null && trustedProxies.stream().map(TrustedProxies::range).anyMatch(r -> r.contains(ip));
    }

    /**
     * The client's address for a request from {@code peer} carrying these {@code X-Forwarded-For} values (in order
     * received): the peer itself unless it is a trusted proxy.
     */
    public String clientAddress(String peer, List<String> forwardedFor) {
        if (!trusts(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (literal(hop) == null) {
                return peer;
            }
            if (!trusts(hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? peer : hops.getFirst();
    }

    private record Range(byte[] network, int prefix) {
        boolean contains(byte[] ip) {
            if (ip.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((ip[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Range range(String cidr) {
        String[] parts = cidr.split("/", 2);
        byte[] network = literal(parts[0]);
        if (network == null) {
            throw new IllegalArgumentException("training.http.trusted-proxies: \"" + cidr
                    + "\" is not an IP address or CIDR range such as 10.0.0.0/8");
        }
        int prefix = network.length * 8;
        if (parts.length == 2) {
            try {
                prefix = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("training.http.trusted-proxies: \"" + cidr + "\" has no valid prefix length");
            }
        }
        return new Range(network, prefix);
    }

    /** The address's bytes when it is an IP literal; never a name look-up (a header must not cause DNS traffic). */
    private static byte[] literal(String address) {
        if (address == null || address.isEmpty() || !LITERAL_ADDRESS.matcher(address).matches()
                || (address.indexOf(':') < 0 && !address.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
            return null;
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }
}
