package uk.safeguarding.training.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.FileUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload whose size limit holds on the server, whatever the browser was told: {@code Upload.setMaxFileSize} is
 * only a hint to the browser, and anyone can POST to an upload's address directly. A declared size over the limit
 * is refused before anything is read; a body without a declared size (chunked) or with a false one is read only up
 * to the limit and then refused, so at most {@code maxBytes} are ever held, in memory for small files and in a
 * temporary file (deleted afterwards) for large ones. The refusal reaches the person through {@code onRefused},
 * run in the UI like the upload's own callback. (docs/decisions/0008; the global limit on any request is
 * shared.RequestSizeLimitFilter.)
 */
public final class SizeLimitedUpload implements UploadHandler {

    /** Room for a multipart envelope around the file. */
    private static final long ENVELOPE = 64 * 1024;

    private interface Receiver {
        void receive(UploadEvent event, InputStream body, UI ui) throws IOException, TooLarge;
    }

    private static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final long maxBytes;
    private final String tooLargeMessage;
    private final Receiver receiver;
    private SerializableConsumer<String> onRefused = message -> { };

    private SizeLimitedUpload(long maxBytes, String tooLargeMessage, Receiver receiver) {
        this.maxBytes = maxBytes;
        this.tooLargeMessage = tooLargeMessage;
        this.receiver = receiver;
    }

    /** Up to {@code maxBytes} in memory, handed to {@code callback} in the UI. */
    public static SizeLimitedUpload inMemory(long maxBytes, String tooLargeMessage, InMemoryUploadCallback callback) {
        return new SizeLimitedUpload(maxBytes, tooLargeMessage, (event, body, ui) -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            copyCapped(body, bytes, maxBytes);
            byte[] data = bytes.toByteArray();
            ui.access(() -> {
                try {
                    callback.complete(metadata(event, data.length), data);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        });
    }

    /**
     * Up to {@code maxBytes} in a temporary file, handed to {@code callback} in the UI and deleted once it returns:
     * for files too large to hold in memory while several people upload at once.
     */
    public static SizeLimitedUpload toTemporaryFile(long maxBytes, String tooLargeMessage, FileUploadCallback callback) {
        return new SizeLimitedUpload(maxBytes, tooLargeMessage, (event, body, ui) -> {
            Path file = Files.createTempFile("upload-", ".part");
            try {
                long size;
                try (OutputStream out = Files.newOutputStream(file)) {
                    size = copyCapped(body, out, maxBytes);
                }
                ui.accessSynchronously(() -> {
                    try {
                        callback.complete(metadata(event, size), file.toFile());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            } finally {
                Files.deleteIfExists(file);
            }
        });
    }

    /** What to do in the UI when a file is refused for its size: show the message where the person looks. */
    public SizeLimitedUpload onRefused(SerializableConsumer<String> showMessage) {
        this.onRefused = showMessage;
        return this;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        try (InputStream body = event.getInputStream()) {
            receiver.receive(event, body, event.getUI());
        } catch (TooLarge tooLarge) {
            refuse(event);
        }
    }

    private void refuse(UploadEvent event) {
        event.reject(tooLargeMessage);
        event.getUI().access(() -> onRefused.accept(event.getFileName() + ": " + tooLargeMessage));
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + ENVELOPE;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    private static UploadMetadata metadata(UploadEvent event, long size) {
        return new UploadMetadata(event.getFileName(), event.getContentType(), size);
    }

    /** Copies at most {@code maxBytes}; one byte more and the copy stops: the rest is never read. */
    private static long copyCapped(InputStream in, OutputStream out, long maxBytes) throws IOException, TooLarge {
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > maxBytes) {
                throw new TooLarge();
            }
            out.write(buffer, 0, read);
        }
        return total;
    }
}
