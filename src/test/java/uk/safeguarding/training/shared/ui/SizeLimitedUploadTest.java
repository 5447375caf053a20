package uk.safeguarding.training.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** An upload POSTed straight to its address, past the browser's size check, as an attacker sends it. */
class SizeLimitedUploadTest {

    private static final int LIMIT = 1024 * 1024;

    private final AtomicLong bytesRead = new AtomicLong();
    private final List<String> refusals = new ArrayList<>();
    private final List<Integer> received = new ArrayList<>();

    /** A body of {@code size} bytes, counting what the server reads of it. */
    private InputStream body(long size) {
        return new InputStream() {
            @Override
            public int read() {
                return read(new byte[1], 0, 1) < 0 ? -1 : 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long left = size - bytesRead.get();
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                bytesRead.addAndGet(n);
                return n;
            }
        };
    }

    private UploadEvent upload(long declaredSize, long actualSize) {
        UploadEvent event = mock(UploadEvent.class);
        UI ui = mock(UI.class);
        when(ui.access(any())).thenAnswer(call -> {
            ((Command) call.getArgument(0)).execute();
            return null;
        });
        when(event.getUI()).thenReturn(ui);
        when(event.getFileName()).thenReturn("logo.png");
        when(event.getFileSize()).thenReturn(declaredSize);
        when(event.getInputStream()).thenReturn(body(actualSize));
        return event;
    }

    private SizeLimitedUpload handler() {
        return SizeLimitedUpload.inMemory(LIMIT, "the file is larger than 1 MB.", (metadata, bytes) -> received.add(bytes.length))
                .onRefused(refusals::add);
    }

    @Test
    void a_declared_size_over_the_limit_is_refused_before_anything_is_read() throws Exception {
        UploadEvent event = upload(200L * 1024 * 1024, 200L * 1024 * 1024);
        handler().handleUploadRequest(event);
        verify(event).reject("the file is larger than 1 MB.");
        verify(event, never()).getInputStream();
        assertThat(received).isEmpty();
        assertThat(refusals).containsExactly("logo.png: the file is larger than 1 MB.");
    }

    @Test
    void a_body_of_undeclared_size_is_read_only_up_to_the_limit_and_then_refused() throws Exception {
        UploadEvent event = upload(-1, 1024L * 1024 * 1024);
        handler().handleUploadRequest(event);
        verify(event).reject("the file is larger than 1 MB.");
        assertThat(bytesRead.get()).as("bytes read of a 1 GB body").isLessThanOrEqualTo(LIMIT + 8192);
        assertThat(received).isEmpty();
        assertThat(refusals).hasSize(1);
    }

    @Test
    void a_file_within_the_limit_reaches_the_callback() throws Exception {
        UploadEvent event = upload(-1, LIMIT);
        handler().handleUploadRequest(event);
        assertThat(received).containsExactly(LIMIT);
        verify(event, never()).reject(any());
    }

    @Test
    void the_limits_are_declared_to_vaadin_for_multipart_requests_too() {
        assertThat(handler().getFileSizeMax()).isEqualTo(LIMIT);
        assertThat(handler().getFileCountMax()).isEqualTo(1);
        assertThat(handler().getRequestSizeMax()).isBetween((long) LIMIT, LIMIT + 100_000L);
    }
}
