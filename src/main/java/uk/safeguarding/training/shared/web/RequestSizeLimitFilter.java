package uk.safeguarding.training.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The ceiling on any request body ({@code training.http.max-request-size}, default 60 MB: the largest upload, a
 * course ZIP of 50 MB, with room to spare). A declared length over it is answered 413 before anything is read; a body
 * without one (chunked) is counted as it is read and fails past the ceiling. Each upload has its own, lower limit
 * (shared.ui.SizeLimitedUpload); multipart bodies, which the container parses itself, are bounded by
 * {@code spring.servlet.multipart.*} with the same value.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    static final String REFUSAL = "The request is larger than this server accepts.";

    private final long maxBytes;

    RequestSizeLimitFilter(@Value("${training.http.max-request-size:60MB}") DataSize maxRequestSize) {
        this.maxBytes = maxRequestSize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setHeader("Connection", "close");
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(REFUSAL.getBytes(StandardCharsets.UTF_8));
            // Sent now: the container would otherwise first try to read (swallow) the body it was promised.
            response.flushBuffer();
            return;
        }
        chain.doFilter(request.getContentLengthLong() >= 0 ? request : new CountedBody(request, maxBytes), response);
    }

    /** A body of undeclared length, failing once more than the ceiling has been read. */
    private static final class CountedBody extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream counted;

        CountedBody(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                ServletInputStream body = super.getInputStream();
                counted = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = body.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = body.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > maxBytes) {
                            throw new IOException(REFUSAL);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return body.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return body.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        body.setReadListener(listener);
                    }
                };
            }
            return counted;
        }
    }
}
