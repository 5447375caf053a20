package uk.safeguarding.training.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The ceiling on request bodies, from a raw socket: the request line and headers only, no browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class RequestSizeLimitIT {

    @LocalServerPort
    int port;

    @Test
    void a_body_declared_larger_than_the_ceiling_is_refused_before_it_is_sent() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /VAADIN/dynamic/resource/0/anything/upload HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/octet-stream\r\nContent-Length: " + 1024L * 1024 * 1024
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[1024];
            while (!answer.toString().contains(RequestSizeLimitFilter.REFUSAL)) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                answer.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
            assertThat(answer.toString()).startsWith("HTTP/1.1 413").contains("larger than this server accepts");
        }
    }
}
