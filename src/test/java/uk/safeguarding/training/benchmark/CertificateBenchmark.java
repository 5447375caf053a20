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
import uk.safeguarding.training.certificate.CertificateLayout;
import uk.safeguarding.training.certificate.internal.CertificatePdf;
import uk.safeguarding.training.certificate.internal.CertificateZip;

/**
 * Certificate PDFs: median time per PDF (warm, QR code and embedded fonts; wall clock and this thread's CPU time) and
 * a ZIP of 10,000 of them through {@link CertificateZip}, the path the service takes, with its CPU time and memory.
 * The figures without a layout in their name are a new certificate's (layout 2); the same for certificates issued
 * before layout 2, which re-render in layout 1, are printed beside them as {@code .layout1.} (docs/decisions/0036).
 */
final class CertificateBenchmark implements BenchmarkStep {

    private static final Instant ISSUED = Instant.parse("2026-03-14T10:15:30Z");

    @Override
    public String name() {
        return "certificate";
    }

    @Override
    public String description() {
        return "median ms per certificate PDF (warm, QR code, embedded fonts, PDF/A-2a + PDF/UA-1) and a ZIP of 10,000 on every core, "
                + "for new certificates (layout 2) and, as .layout1., for those issued before it";
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
            pdf.render(document(i, CertificateLayout.CURRENT));
            pdf.render(document(i, CertificateLayout.LAYOUT_1));
        }
        // New certificates are layout 2; certificates issued before it re-render in layout 1 (docs/decisions/0036).
        // The two alternate render by render, so a busy machine weighs on both alike.
        Renders current = new Renders();
        Renders layoutOne = new Renders();
        for (int i = 0; i < 1000; i++) {
            boolean currentFirst = i % 2 == 0;
            (currentFirst ? current : layoutOne).measure(pdf, document(i, currentFirst ? CertificateLayout.CURRENT
                    : CertificateLayout.LAYOUT_1));
            (currentFirst ? layoutOne : current).measure(pdf, document(i, currentFirst ? CertificateLayout.LAYOUT_1
                    : CertificateLayout.CURRENT));
        }
        out.note("average PDF size " + current.averageKb() + " KB (" + CertificateLayout.CURRENT + "), "
                + layoutOne.averageKb() + " KB (" + CertificateLayout.LAYOUT_1 + ")");

        // A tenth first: memory that stays flat shows as the same figures for both. One writer for all, as the
        // service keeps one (with a renderer per rendering thread, made at its first ZIP).
        CertificateZip writer = new CertificateZip(CertificatePdf::new);
        ZipFigures tenth = zip(writer, 1_000, CertificateLayout.CURRENT, out);
        ZipFigures zip = zip(writer, 10_000, CertificateLayout.CURRENT, out);
        ZipFigures zipLayoutOne = zip(writer, 10_000, CertificateLayout.LAYOUT_1, out);
        return List.of(new Figure("certificate.pdf.median_ms", current.median(), "ms"),
                new Figure("certificate.pdf.p95_ms", current.p95(), "ms"),
                new Figure("certificate.pdf.cpu_median_ms", current.cpuMedian(), "ms"),
                new Figure("certificate.pdf.layout1.median_ms", layoutOne.median(), "ms"),
                new Figure("certificate.pdf.layout1.p95_ms", layoutOne.p95(), "ms"),
                new Figure("certificate.pdf.layout1.cpu_median_ms", layoutOne.cpuMedian(), "ms"),
                new Figure("certificate.zip_10000.seconds", zip.seconds(), "s"),
                new Figure("certificate.zip_10000.cpu_seconds", zip.cpuSeconds(), "s"),
                new Figure("certificate.zip_10000.layout1.seconds", zipLayoutOne.seconds(), "s"),
                new Figure("certificate.zip_10000.layout1.cpu_seconds", zipLayoutOne.cpuSeconds(), "s"),
                new Figure("certificate.zip_10000.peak_heap_delta_mb", zip.peakHeapDeltaMb(), "MB"),
                new Figure("certificate.zip_1000.peak_heap_delta_mb", tenth.peakHeapDeltaMb(), "MB"),
                new Figure("certificate.zip_10000.live_heap_delta_mb", zip.liveHeapDeltaMb(), "MB"),
                new Figure("certificate.zip_1000.live_heap_delta_mb", tenth.liveHeapDeltaMb(), "MB"));
    }

    /** Single renders of one layout: wall clock and this thread's CPU time of each, and the bytes written. */
    private static final class Renders {

        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final List<Double> millis = new ArrayList<>();
        private final List<Double> cpuMillis = new ArrayList<>();
        private long bytes;

        void measure(CertificatePdf pdf, CertificateDocument document) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            bytes += pdf.render(document).length;
            millis.add((System.nanoTime() - start) / 1e6);
            cpuMillis.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
        }

        double median() {
            return percentile(millis, 50);
        }

        double p95() {
            return percentile(millis, 95);
        }

        double cpuMedian() {
            return percentile(cpuMillis, 50);
        }

        long averageKb() {
            return bytes / millis.size() / 1024;
        }

        private static double percentile(List<Double> values, int percent) {
            List<Double> sorted = values.stream().sorted().toList();
            return sorted.get(sorted.size() * percent / 100);
        }
    }

    /**
     * The ZIP path the service takes ({@link CertificateZip}: every core, ordered window, stored entries) into a
     * counting stream. Memory is the peak of the heap pools during the run above the heap in use (after a GC) before
     * it: it includes garbage not yet collected, so it is an upper bound on what the ZIP holds, and it grows with the
     * young generation the collector chooses for a longer run. What the ZIP holds is the live heap: the largest heap
     * in use just after a collection during the run, above the same before it.
     */
    private static ZipFigures zip(CertificateZip writer, int count, CertificateLayout layout, BenchmarkPrinter out) {
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
                .mapToObj(i -> new CertificateZip.Entry("certificate-" + i + ".pdf", ISSUED.toEpochMilli(),
                        document(i, layout)))
                .iterator();
        int written = writer.write(entries, counting, n -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long livePeak = live.stop();
        out.note(String.format(Locale.ROOT, "ZIP of %,d certificates (%s): %d MB, %d threads, %.2f CPU-ms per "
                        + "certificate, load average (1 min) %.2f", written, layout, zipped[0] / (1024 * 1024),
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

    private static CertificateDocument document(int i, CertificateLayout layout) {
        return new CertificateDocument(CertificateCode.display(CertificateCode.generate()), "Learner Number " + i,
                "Child sexual exploitation (CSE) awareness", 1, LocalDate.of(2026, 3, 14), 87, LocalDate.of(2027, 3, 14),
                "Harbour City Council", "https://training.example.org/verify/7KQ4-M9XT-2HDP-R8WC-5NJB",
                ISSUED, null, layout);
    }
}
