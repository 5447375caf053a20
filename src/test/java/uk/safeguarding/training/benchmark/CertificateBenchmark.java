package uk.safeguarding.training.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import uk.safeguarding.training.certificate.CertificateCode;
import uk.safeguarding.training.certificate.CertificateDocument;
import uk.safeguarding.training.certificate.internal.CertificatePdf;

/** Certificate PDFs: median time per PDF (warm, QR code and embedded fonts) and a ZIP of 10,000 of them. */
final class CertificateBenchmark implements BenchmarkStep {

    @Override
    public String name() {
        return "certificate";
    }

    @Override
    public String description() {
        return "median ms per certificate PDF (warm, QR code, embedded fonts, PDF/A-2a + PDF/UA-1) and seconds for a ZIP of 10,000";
    }

    @Override
    public List<Target> targets() {
        return List.of(new Target("certificate.pdf.median_ms", 3.0));
    }

    @Override
    public List<Figure> run(BenchmarkSettings settings, BenchmarkPrinter out) throws IOException {
        CertificatePdf pdf = new CertificatePdf();
        for (int i = 0; i < 1500; i++) {
            pdf.render(document(i));
        }
        List<Double> millis = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < 1000; i++) {
            long start = System.nanoTime();
            bytes += pdf.render(document(i)).length;
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(Double::compare);
        out.note("average PDF size " + bytes / 1000 / 1024 + " KB");

        long zipStart = System.nanoTime();
        long[] zipped = {0};
        try (ZipOutputStream zip = new ZipOutputStream(new OutputStream() {
            @Override
            public void write(int b) {
                zipped[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                zipped[0] += len;
            }
        })) {
            for (int i = 0; i < 10_000; i++) {
                zip.putNextEntry(new ZipEntry("certificate-" + i + ".pdf"));
                zip.write(pdf.render(document(i)));
                zip.closeEntry();
            }
        }
        double zipSeconds = (System.nanoTime() - zipStart) / 1e9;
        out.note("ZIP of 10,000 certificates: " + zipped[0] / (1024 * 1024) + " MB");
        return List.of(new Figure("certificate.pdf.median_ms", millis.get(500), "ms"),
                new Figure("certificate.pdf.p95_ms", millis.get(950), "ms"),
                new Figure("certificate.zip_10000.seconds", zipSeconds, "s"));
    }

    private static CertificateDocument document(int i) {
        return new CertificateDocument(CertificateCode.display(CertificateCode.generate()), "Learner Number " + i,
                "Child sexual exploitation (CSE) awareness", 1, LocalDate.of(2026, 3, 14), 87, LocalDate.of(2027, 3, 14),
                "Harbour City Council", "https://training.example.org/verify/7KQ4-M9XT-2HDP-R8WC-5NJB",
                Instant.parse("2026-03-14T10:15:30Z"));
    }
}
