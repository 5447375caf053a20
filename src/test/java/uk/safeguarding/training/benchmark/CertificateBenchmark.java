package uk.safeguarding.training.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import uk.safeguarding.training.certificate.CertificateCode;
import uk.safeguarding.training.certificate.CertificateDocument;
import uk.safeguarding.training.certificate.internal.CertificatePdf;
import uk.safeguarding.training.certificate.internal.CertificateZip;

/**
 * Certificate PDFs: median time per PDF (warm, QR code and embedded fonts; wall clock and this thread's CPU time) and
 * a ZIP of 10,000 of them through {@link CertificateZip}, the path the service takes, with its CPU time and memory.
 */
final class CertificateBenchmark implements BenchmarkStep {

    private static final Instant ISSUED = Instant.parse("2026-03-14T10:15:30Z");

    @Override
    public String name() {
        return "certificate";
    }

    @Override
    public String description() {
        return "median ms per certificate PDF (warm, QR code, embedded fonts, PDF/A-2a + PDF/UA-1) and a ZIP of 10,000 on every core";
    }

    @Override
    public List<Target> targets() {
        return List.of(Target.atMost("certificate.pdf.median_ms", 3.0, "6.6 ms"),
                Target.atMost("certificate.zip_10000.seconds", 15.0, "71 s"));
    }

    @Override
    public List<Figure> run(BenchmarkSettings settings, BenchmarkPrinter out) throws IOException {
        CertificatePdf pdf = new CertificatePdf();
        for (int i = 0; i < 1500; i++) {
            pdf.render(document(i));
        }
        List<Double> millis = new ArrayList<>();
        List<Double> cpuMillis = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long bytes = 0;
        for (int i = 0; i < 1000; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            bytes += pdf.render(document(i)).length;
            millis.add((System.nanoTime() - start) / 1e6);
            cpuMillis.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
        }
        millis.sort(Double::compare);
        cpuMillis.sort(Double::compare);
        out.note("average PDF size " + bytes / 1000 / 1024 + " KB");

        // A tenth first: memory that stays flat shows as the same figures for both. One writer for both, as the
        // service keeps one (with a renderer per rendering thread, made at its first ZIP).
        CertificateZip writer = new CertificateZip(CertificatePdf::new);
        ZipFigures tenth = zip(writer, 1_000, out);
        ZipFigures zip = zip(writer, 10_000, out);
        return List.of(new Figure("certificate.pdf.median_ms", millis.get(500), "ms"),
                new Figure("certificate.pdf.p95_ms", millis.get(950), "ms"),
                new Figure("certificate.pdf.cpu_median_ms", cpuMillis.get(500), "ms"),
                new Figure("certificate.zip_10000.seconds", zip.seconds(), "s"),
                new Figure("certificate.zip_10000.cpu_seconds", zip.cpuSeconds(), "s"),
                new Figure("certificate.zip_10000.peak_heap_delta_mb", zip.peakHeapDeltaMb(), "MB"),
                new Figure("certificate.zip_1000.peak_heap_delta_mb", tenth.peakHeapDeltaMb(), "MB"),
                new Figure("certificate.zip_10000.live_heap_delta_mb", zip.liveHeapDeltaMb(), "MB"),
                new Figure("certificate.zip_1000.live_heap_delta_mb", tenth.liveHeapDeltaMb(), "MB"));
    }

    /**
     * The ZIP path the service takes ({@link CertificateZip}: every core, ordered window, stored entries) into a
     * counting stream. Memory is the peak of the heap pools during the run above the heap in use (after a GC) before
     * it: it includes garbage not yet collected, so it is an upper bound on what the ZIP holds, and it grows with the
     * young generation the collector chooses for a longer run. What the ZIP holds is the live heap: the largest heap
     * in use just after a collection during the run, above the same before it.
     */
    private static ZipFigures zip(CertificateZip writer, int count, BenchmarkPrinter out) {
        long[] zipped = {0};
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                zipped[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                zipped[0] += len;
            }
        };
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long usedBefore = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        LiveHeap live = new LiveHeap();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        Iterator<CertificateZip.Entry> entries = IntStream.range(0, count)
                .mapToObj(i -> new CertificateZip.Entry("certificate-" + i + ".pdf", ISSUED.toEpochMilli(), document(i)))
                .iterator();
        int written = writer.write(entries, counting, n -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long livePeak = live.stop();
        out.note(String.format(Locale.ROOT, "ZIP of %,d certificates: %d MB, %d threads, %.2f CPU-ms per certificate, "
                        + "load average (1 min) %.2f", written, zipped[0] / (1024 * 1024),
                Runtime.getRuntime().availableProcessors(), cpuSeconds * 1000 / written, os.getSystemLoadAverage()));
        return new ZipFigures(seconds, cpuSeconds, (peak - usedBefore) / (1024.0 * 1024),
                Math.max(0, livePeak - usedBefore) / (1024.0 * 1024));
    }

    private record ZipFigures(double seconds, double cpuSeconds, double peakHeapDeltaMb, double liveHeapDeltaMb) {
    }

    /** The largest heap in use just after a collection, from the collectors' notifications, until stopped. */
    private static final class LiveHeap implements NotificationListener {

        private final AtomicLong largest = new AtomicLong();

        LiveHeap() {
            ManagementFactory.getGarbageCollectorMXBeans()
                    .forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(this, null, null));
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                        .mapToLong(MemoryUsage::getUsed).sum();
                largest.accumulateAndGet(after, Math::max);
            }
        }

        /** @return the largest heap after a collection while listening (0 if none ran) */
        long stop() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                try {
                    ((NotificationEmitter) gc).removeNotificationListener(this);
                } catch (ListenerNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
            return largest.get();
        }
    }

    private static CertificateDocument document(int i) {
        return new CertificateDocument(CertificateCode.display(CertificateCode.generate()), "Learner Number " + i,
                "Child sexual exploitation (CSE) awareness", 1, LocalDate.of(2026, 3, 14), 87, LocalDate.of(2027, 3, 14),
                "Harbour City Council", "https://training.example.org/verify/7KQ4-M9XT-2HDP-R8WC-5NJB",
                ISSUED);
    }
}
