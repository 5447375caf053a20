package uk.safeguarding.training.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
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

        // A tenth first: memory that stays flat shows as the same peak for both.
        ZipFigures tenth = zip(pdf, 1_000, out);
        ZipFigures zip = zip(pdf, 10_000, out);
        return List.of(new Figure("certificate.pdf.median_ms", millis.get(500), "ms"),
                new Figure("certificate.pdf.p95_ms", millis.get(950), "ms"),
                new Figure("certificate.pdf.cpu_median_ms", cpuMillis.get(500), "ms"),
                new Figure("certificate.zip_10000.seconds", zip.seconds(), "s"),
                new Figure("certificate.zip_10000.cpu_seconds", zip.cpuSeconds(), "s"),
                new Figure("certificate.zip_10000.peak_heap_delta_mb", zip.peakHeapDeltaMb(), "MB"),
                new Figure("certificate.zip_1000.peak_heap_delta_mb", tenth.peakHeapDeltaMb(), "MB"));
    }

    /**
     * The ZIP path the service takes ({@link CertificateZip}: every core, ordered window, stored entries) into a
     * counting stream. Memory is the peak of the heap pools during the run above the heap in use (after a GC) before
     * it: it includes garbage not yet collected, so it is an upper bound on what the ZIP holds.
     */
    private static ZipFigures zip(CertificatePdf pdf, int count, BenchmarkPrinter out) {
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
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        Iterator<CertificateZip.Entry> entries = IntStream.range(0, count)
                .mapToObj(i -> new CertificateZip.Entry("certificate-" + i + ".pdf", ISSUED.toEpochMilli(), document(i)))
                .iterator();
        int written = new CertificateZip(pdf).write(entries, counting, n -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        out.note(String.format(Locale.ROOT, "ZIP of %,d certificates: %d MB, %d threads, %.2f CPU-ms per certificate, "
                        + "load average (1 min) %.2f", written, zipped[0] / (1024 * 1024),
                Runtime.getRuntime().availableProcessors(), cpuSeconds * 1000 / written, os.getSystemLoadAverage()));
        return new ZipFigures(seconds, cpuSeconds, (peak - usedBefore) / (1024.0 * 1024));
    }

    private record ZipFigures(double seconds, double cpuSeconds, double peakHeapDeltaMb) {
    }

    private static CertificateDocument document(int i) {
        return new CertificateDocument(CertificateCode.display(CertificateCode.generate()), "Learner Number " + i,
                "Child sexual exploitation (CSE) awareness", 1, LocalDate.of(2026, 3, 14), 87, LocalDate.of(2027, 3, 14),
                "Harbour City Council", "https://training.example.org/verify/7KQ4-M9XT-2HDP-R8WC-5NJB",
                ISSUED);
    }
}
