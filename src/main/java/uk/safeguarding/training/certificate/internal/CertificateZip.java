package uk.safeguarding.training.certificate.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import uk.safeguarding.training.certificate.CertificateDocument;

/**
 * Writes many certificates into one ZIP: rendered on every core, written in the order given, with a bounded window
 * of renders in flight so memory stays flat however many certificates there are.
 *
 * <p>Entries are STORED, not deflated: every stream inside a certificate PDF is already Flate-compressed (full
 * compression mode), so deflating the file again took as long as rendering it and saved almost nothing. The CRC and
 * sizes are computed on the rendering thread and set before the entry, so the ZIP is an ordinary one that
 * {@code java.util.zip} and {@code unzip -t} read (no data descriptors needed).
 *
 * <p>Each render borrows a renderer no other thread is using, made the first time it is needed and kept for the next
 * ZIP: iText reads a font byte by byte through a lock as it subsets it, so threads sharing one renderer's fonts wait
 * on each other (docs/decisions/0035). There are at most as many renderers as renders ever ran at once.
 */
public final class CertificateZip {

    /** One file of the ZIP: its name, its modification time (epoch milliseconds) and what to print. */
    public record Entry(String name, long time, CertificateDocument document) {

        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(document, "document");
        }
    }

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Supplier<CertificatePdf> newRenderer;
    private final Queue<CertificatePdf> idle = new ConcurrentLinkedQueue<>();
    private final int threads;

    /**
     * @param newRenderer makes a renderer when every one made so far is busy; all must render alike
     * @param threads how many certificates render at once; the number of cores is the useful maximum
     */
    public CertificateZip(Supplier<CertificatePdf> newRenderer, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, but was " + threads);
        }
        this.newRenderer = Objects.requireNonNull(newRenderer, "newRenderer");
        this.threads = threads;
    }

    /** One render per core. */
    public CertificateZip(Supplier<CertificatePdf> newRenderer) {
        this(newRenderer, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Writes every entry, in order, and finishes the ZIP (the stream stays open for the caller to close). Entries are
     * taken from the iterator on the calling thread only as the window has room, so the caller may build them lazily.
     *
     * @param progress told, on the calling thread, the number of entries written so far, after each one
     * @return how many entries were written
     * @throws UncheckedIOException if writing fails; a failing render is rethrown as it was thrown
     */
    public int write(Iterator<Entry> entries, OutputStream out, IntConsumer progress) {
        // Two per thread: while the writer copies one finished PDF out, every thread still has the next one to render.
        int window = threads * 2;
        ArrayDeque<Future<Rendered>> inFlight = new ArrayDeque<>(window);
        ExecutorService renderers = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            int written = 0;
            while (entries.hasNext() || !inFlight.isEmpty()) {
                while (inFlight.size() < window && entries.hasNext()) {
                    Entry entry = entries.next();
                    inFlight.add(renderers.submit(() -> render(entry)));
                }
                Rendered rendered = await(inFlight.poll());
                zip.putNextEntry(rendered.entry());
                zip.write(rendered.bytes());
                zip.closeEntry();
                progress.accept(++written);
            }
            zip.finish();
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // On failure nothing more should render for a ZIP nobody will read.
            renderers.shutdownNow();
        }
    }

    private Rendered render(Entry entry) {
        CertificatePdf pdf = idle.poll();
        if (pdf == null) {
            pdf = newRenderer.get();
        }
        byte[] bytes;
        try {
            bytes = pdf.render(entry.document());
        } finally {
            idle.offer(pdf);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ZipEntry zipEntry = new ZipEntry(entry.name());
        zipEntry.setTime(entry.time());
        zipEntry.setMethod(ZipEntry.STORED);
        zipEntry.setSize(bytes.length);
        zipEntry.setCompressedSize(bytes.length);
        zipEntry.setCrc(crc.getValue());
        return new Rendered(zipEntry, bytes);
    }

    private static Rendered await(Future<Rendered> rendering) throws InterruptedIOException {
        try {
            return rendering.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while writing the certificates ZIP");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory daemonThreads() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "certificate-zip-" + pool + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private record Rendered(ZipEntry entry, byte[] bytes) {
    }
}
