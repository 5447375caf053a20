package uk.safeguarding.training.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Believes {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from a configured trusted proxy
 * ({@link TrustedProxies}), before anything else reads the request: the client address used by the look-up
 * throttle, and whether the request came over HTTPS (HSTS, secure redirects). Replaces Spring Boot's
 * {@code server.forward-headers-strategy=native}, whose default believes any peer in a private range, so anyone
 * on the same network (or behind a school's NAT) could pick a new address for every request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ForwardedHeadersFilter extends OncePerRequestFilter {

    private final TrustedProxies proxies;

    ForwardedHeadersFilter(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!proxies.trusts(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        String client = proxies.clientAddress(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
        List<String> protos = Collections.list(request.getHeaders("X-Forwarded-Proto"));
        String proto = protos.isEmpty() ? request.getScheme() : lastValue(protos.getLast());
        boolean https = "https".equalsIgnoreCase(proto);
        String forwardedHost = request.getHeader("X-Forwarded-Host");
        String host = forwardedHost == null || forwardedHost.isBlank() ? request.getServerName() : hostName(lastValue(forwardedHost));
        int port = port(request.getHeader("X-Forwarded-Port"), https);
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getRemoteAddr() {
                return client;
            }

            @Override
            public String getRemoteHost() {
                return client;
            }

            @Override
            public String getScheme() {
                return https ? "https" : "http";
            }

            @Override
            public boolean isSecure() {
                return https;
            }

            @Override
            public String getServerName() {
                return host;
            }

            @Override
            public int getServerPort() {
                return port;
            }
        }, response);
    }

    /** Redirects to the sign-in page are absolute: their port is the proxy's, not this server's. */
    private static int port(String forwardedPort, boolean https) {
        if (forwardedPort != null && forwardedPort.strip().matches("\\d{1,5}")) {
            return Integer.parseInt(forwardedPort.strip());
        }
        return https ? 443 : 80;
    }

    private static String hostName(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        return colon > 0 && hostAndPort.indexOf(']') < colon ? hostAndPort.substring(0, colon) : hostAndPort;
    }

    private static String lastValue(String header) {
        String[] values = header.split(",");
        return values[values.length - 1].strip();
    }
}
