package uk.safeguarding.training.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny SMTP server on the loopback address that accepts every message and counts it per recipient, so the
 * cluster run can check that each reminder was emailed exactly once, whichever instance sent it.
 */
final class SmtpSink implements AutoCloseable {

    private final ServerSocket server;
    private final Map<String, AtomicInteger> byRecipient = new ConcurrentHashMap<>();
    private final AtomicInteger messages = new AtomicInteger();

    SmtpSink(int port) throws IOException {
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        Thread.ofPlatform().daemon().name("smtp-sink").start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    int messages() {
        return messages.get();
    }

    Map<String, AtomicInteger> byRecipient() {
        return byRecipient;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread.ofVirtual().start(() -> conversation(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void conversation(Socket socket) {
        try (socket; var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
             OutputStream out = socket.getOutputStream()) {
            socket.setSoTimeout(30_000);
            reply(out, "220 localhost cluster sink");
            java.util.List<String> recipients = new java.util.ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(java.util.Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 localhost");
                } else if (command.startsWith("MAIL FROM")) {
                    recipients.clear();
                    reply(out, "250 OK");
                } else if (command.startsWith("RCPT TO")) {
                    recipients.add(line.substring(line.indexOf(':') + 1).trim().replaceAll("[<>]", "").toLowerCase(java.util.Locale.ROOT));
                    reply(out, "250 OK");
                } else if (command.equals("DATA")) {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // the message itself is not needed, only who it was for
                    }
                    messages.incrementAndGet();
                    recipients.forEach(r -> byRecipient.computeIfAbsent(r, k -> new AtomicInteger()).incrementAndGet());
                    reply(out, "250 OK queued");
                } else if (command.equals("QUIT")) {
                    reply(out, "221 Bye");
                    return;
                } else {
                    reply(out, "250 OK");
                }
            }
        } catch (IOException ignored) {
            // a client that hangs up early sent nothing we count
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
