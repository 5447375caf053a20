package uk.safeguarding.training.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.itextpdf.kernel.geom.LineSegment;
import com.itextpdf.kernel.geom.Matrix;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Point;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.geom.Subpath;
import com.itextpdf.kernel.geom.Vector;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.PathRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.certificate.internal.CertificatePdf;

class CertificatePdfTest {

    static final String CODE = "7KQ4-M9XT-2HDP-R8WC";
    static final String URL = "https://training.example.org/verify/" + CODE;
    /** Sixty characters, with an accent, an apostrophe and hyphens. */
    static final String LONG_NAME = "Siobhán Áine O'Connor-Ní Bhriain Fitzgerald-MacGiolla Bhríde";

    /** One renderer for the class, as the application shares one: every test also exercises reuse. */
    static final CertificatePdf RENDERER = new CertificatePdf();

    static CertificateDocument certificate() {
        return certificate(CODE, "Siobhán O'Connor-Ní Bhriain");
    }

    static CertificateDocument certificate(String code, String learnerName) {
        return new CertificateDocument(code, learnerName, "Child sexual exploitation (CSE) awareness", 3,
                LocalDate.of(2026, 3, 14), 93, LocalDate.of(2027, 3, 14), "Northshire Children's Services",
                "https://training.example.org/verify/" + code, Instant.parse("2026-03-14T10:15:30Z"));
    }

    /** The longest values the certificate table holds: 200-character name and organisation, 300-character title. */
    static CertificateDocument longestCertificate() {
        String name = (LONG_NAME + " ").repeat(4).substring(0, 200).strip();
        String course = ("Recognising, recording and responding to child sexual exploitation, county lines and "
                + "online grooming: ").repeat(4).substring(0, 300).strip();
        String organisation = ("Northshire and Southshire Combined Safeguarding Children Partnership, Education, "
                + "Health and Social Care Trust ").repeat(2).substring(0, 200).strip();
        return new CertificateDocument(CODE + "-5NJB", name, course, 12, LocalDate.of(2026, 3, 14), 100,
                LocalDate.of(2027, 3, 14), organisation, URL + "-5NJB", Instant.parse("2026-03-14T10:15:30Z"));
    }

    /** A 300 × 120 logo with a see-through background (RGBA), as the organisation settings store it. */
    static final CertificateDocument.Logo LOGO = new CertificateDocument.Logo(logoPng());

    static byte[] logoPng() {
        BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0x1B, 0x36, 0x5D));
        g.fillOval(10, 10, 100, 100);
        g.setColor(new java.awt.Color(0xB0, 0x8D, 0x57, 160));
        g.fillRect(120, 30, 170, 60);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uk.safeguarding.training.settings.LogoImages.normalise(out.toByteArray()).png();
    }

    static CertificateDocument withLogo(CertificateDocument c) {
        return new CertificateDocument(c.code(), c.learnerName(), c.courseTitle(), c.courseVersion(), c.completedOn(),
                c.scorePercent(), c.validUntil(), c.organisationName(), c.verificationUrl(), c.issuedAt(), LOGO);
    }

    @Test
    void aLogoIsPrintedAsOneImageAboveTheNameAndTheBytesStayReproducible() {
        byte[] bytes = RENDERER.render(withLogo(certificate()));

        int withLogo = withPdf(bytes, pdf -> imageXObjects(pdf.getFirstPage()));
        int without = withPdf(RENDERER.render(certificate()), pdf -> imageXObjects(pdf.getFirstPage()));
        assertThat(withLogo).as("the logo bitmap").isEqualTo(1);
        assertThat(without).isZero();
        assertThat(sha256(new CertificatePdf().render(withLogo(certificate())))).isEqualTo(sha256(bytes));
        assertThat(spaced(pageText(bytes))).contains("Northshire Children's Services", "Certificate of completion");
        int pages = withPdf(RENDERER.render(withLogo(longestCertificate())), PdfDocument::getNumberOfPages);
        assertThat(pages).as("the longest values still fit on one page with a logo").isEqualTo(1);
    }

    @Test
    void aCertificateWithoutALogoKeepsTheDocumentIdItHadBeforeLogosExisted() {
        assertThat(certificate().toString()).doesNotContain("logo")
                .endsWith(", issuedAt=2026-03-14T10:15:30Z]");
        assertThat(withLogo(certificate()).toString()).contains("logo=Logo[sha256=");
        assertThat(withPdf(RENDERER.render(withLogo(certificate())), CertificatePdfTest::permanentId))
                .isEqualTo(withPdf(RENDERER.render(certificate()), CertificatePdfTest::permanentId));
    }

    @Test
    void showsWhatWasAchievedByWhomAndHowToCheckIt() {
        String text = spaced(pageText(RENDERER.render(certificate())));

        assertThat(text).contains("Northshire Children's Services", "Certificate of completion",
                "Siobhán O'Connor-Ní Bhriain", "Child sexual exploitation (CSE) awareness", "version 3",
                "Completed 14 March 2026", "Score: 93%", "Valid until 14 March 2027", CODE,
                "Check this certificate at " + URL + " or scan the QR code. Certificate code: " + CODE + ".");
    }

    @Test
    void isOneA4LandscapePage() {
        withPdf(RENDERER.render(certificate()), pdf -> {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PdfPage page = pdf.getFirstPage();
            assertThat(page.getRotation()).isZero();
            Rectangle media = page.getMediaBox();
            assertThat(media.getWidth()).isEqualTo(PageSize.A4.getHeight());
            assertThat(media.getHeight()).isEqualTo(PageSize.A4.getWidth());
            return null;
        });
    }

    @Test
    void qrCodeDrawnInThePdfDecodesToTheVerificationAddress() throws Exception {
        byte[] bytes = RENDERER.render(certificate());

        BufferedImage page = withPdf(bytes, pdf -> rasteriseFills(pdf.getFirstPage()));

        assertThat(decodeQr(page)).isEqualTo(URL);
        int images = withPdf(bytes, pdf -> imageXObjects(pdf.getFirstPage()));
        assertThat(images).as("drawn as vectors, not a bitmap").isZero();
    }

    @Test
    void sameCertificateGivesIdenticalBytesEvenWhenRenderedTogether() throws Exception {
        byte[] first = RENDERER.render(certificate());
        byte[] byAnotherRenderer = new CertificatePdf().render(certificate());
        List<byte[]> concurrent = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> RENDERER.render(certificate())));
            }
            for (Future<byte[]> future : futures) {
                concurrent.add(future.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(sha256(byAnotherRenderer)).isEqualTo(sha256(first));
        assertThat(concurrent).extracting(CertificatePdfTest::sha256).containsOnly(sha256(first));
    }

    /**
     * The application's renderer skips iText's PDF/A and PDF/UA checkers as it writes (docs/decisions/0035): the
     * checked renderer must accept every kind of certificate and write exactly the same bytes, so what veraPDF passes
     * below is what the checkers would have let through.
     */
    @Test
    void iTextsConformanceCheckersAcceptTheSameBytesTheApplicationWrites() {
        CertificatePdf checked = CertificatePdf.checked();
        List<CertificateDocument> kinds = List.of(certificate(), certificate(CODE, LONG_NAME), longestCertificate(),
                withLogo(certificate()), withLogo(longestCertificate()),
                certificate("M9XT-7KQ4-R8WC-2HDP", "Siobhán O'Connor-Ní Bhriain"));

        for (CertificateDocument kind : kinds) {
            assertThat(sha256(checked.render(kind))).as(kind.learnerName()).isEqualTo(sha256(RENDERER.render(kind)));
        }
        // Every layout is written without the checkers too, and must pass them alike (docs/decisions/0036).
        for (CertificateLayout layout : CertificateLayout.values()) {
            kinds().forEach((kind, certificate) -> assertThat(sha256(checked.render(certificate.inLayout(layout))))
                    .as("%s, %s", kind, layout).isEqualTo(sha256(RENDERER.render(certificate.inLayout(layout)))));
        }
    }

    /**
     * Layout 2 (docs/decisions/0036) is the same document deflated at zlib level 1: the same record gives the same
     * bytes whichever renderer writes it, every stream decodes to what layout 1 holds, the permanent /ID is the
     * certificate's and the modified /ID the layout's own.
     */
    @Test
    void layoutTwoIsReproducibleAndHoldsLayoutOnesContentDeflatedAtLevelOne() {
        kinds().forEach((kind, certificate) -> {
            CertificateDocument inLayoutTwo = certificate.inLayout(CertificateLayout.LAYOUT_2);
            byte[] two = RENDERER.render(inLayoutTwo);
            byte[] one = RENDERER.render(certificate);

            assertThat(sha256(new CertificatePdf().render(inLayoutTwo))).as(kind).isEqualTo(sha256(two));
            assertThat(sha256(two)).as(kind).isNotEqualTo(sha256(one));
            assertThat(withPdf(two, CertificatePdfTest::decodedStreams)).as("%s: the content", kind)
                    .isEqualTo(withPdf(one, CertificatePdfTest::decodedStreams));
            assertThat(withPdf(two, CertificatePdfTest::fontProgramsAsWritten)).as("%s: deflated otherwise", kind)
                    .doesNotContainAnyElementsOf(withPdf(one, CertificatePdfTest::fontProgramsAsWritten));
            assertThat(withPdf(two, CertificatePdfTest::permanentId)).isEqualTo(withPdf(one, CertificatePdfTest::permanentId));
            assertThat(withPdf(two, CertificatePdfTest::modifiedId)).isNotEqualTo(withPdf(one, CertificatePdfTest::modifiedId));
            // 2-4 % without a logo; a logo's image is deflated again too (5.6 % for the longest values with a logo).
            assertThat(two.length).as("%s: a little larger", kind).isBetween(one.length, one.length * 108 / 100);
        });
    }

    @Test
    void bothLayoutsRenderedTogetherOnManyThreadsGiveTheBytesOfOneRenderEach() throws Exception {
        List<CertificateDocument> documents = new ArrayList<>();
        for (CertificateLayout layout : CertificateLayout.values()) {
            kinds().values().forEach(c -> documents.add(c.inLayout(layout)));
        }
        List<String> alone = documents.stream().map(c -> sha256(new CertificatePdf().render(c))).toList();
        List<Future<String>> together = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                for (CertificateDocument document : documents) {
                    together.add(pool.submit(() -> sha256(RENDERER.render(document))));
                }
            }
            for (int i = 0; i < together.size(); i++) {
                assertThat(together.get(i).get()).isEqualTo(alone.get(i % documents.size()));
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Every kind of certificate the byte comparisons cover: long names, accents, the longest values, logos. */
    static Map<String, CertificateDocument> kinds() {
        Map<String, CertificateDocument> kinds = new LinkedHashMap<>();
        kinds.put("usual", certificate());
        kinds.put("60-character name", certificate(CODE, LONG_NAME));
        kinds.put("longest values", longestCertificate());
        kinds.put("with a logo", withLogo(certificate()));
        kinds.put("longest values with a logo", withLogo(longestCertificate()));
        kinds.put("another code", certificate("M9XT-7KQ4-R8WC-2HDP", "Siobhán O'Connor-Ní Bhriain"));
        kinds.put("composite accents", certificate(CODE, "Zoë Ó Súilleabháin-Łukasiewicz"));
        return kinds;
    }

    /**
     * Layout 1 is what every certificate issued before docs/decisions/0036 was printed with, and they keep their
     * exact bytes forever. These digests were written by the renderer as it was before layouts existed (commit
     * f9bcc40); a change that alters any of them changes certificates people already hold. (They also depend on the
     * JDK's zlib and PNG encoder: a JDK whose deflate writes other bytes fails here, and would change them too.)
     */
    @Test
    void layoutOneWritesTheBytesItWroteBeforeLayoutsExisted() {
        Map<String, String> written = new LinkedHashMap<>();
        kinds().forEach((kind, certificate) -> written.put(kind, sha256(RENDERER.render(certificate))));

        assertThat(written).containsExactlyEntriesOf(LAYOUT_ONE_DIGESTS);
    }

    private static final Map<String, String> LAYOUT_ONE_DIGESTS = digests(
            "usual", "71e20994be3afbf8800b004db419a0bbf889a7f6f0a3302dfa9b9346d6e681ea",
            "60-character name", "0517f8f9e52378cbdfd5df4968bd901c32aa2de34b962db4dc5940c79329b371",
            "longest values", "c041b6cca21d2e655723b360df6cd1a42b8149e2f3ef6ed281c9d02e3539e73b",
            "with a logo", "5450c431b622c82b2775d7815284b08cf71bb6dbdba259371d1a125314e26f62",
            "longest values with a logo", "cd45ab64800a2d491e8039fc97ff7036498bc35850b0da4758d900ddbc7c8430",
            "another code", "a6d37494eea4ccf6640523ed979ebd8bf8f576a942ef3b1d9b602fa2906d5f65",
            "composite accents", "27f7b735220d5a5a6bfeae0d5770b33f5f675590c8950adec07a34ffba7ba6bb");

    private static Map<String, String> digests(String... kindsAndDigests) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (int i = 0; i < kindsAndDigests.length; i += 2) {
            digests.put(kindsAndDigests[i], kindsAndDigests[i + 1]);
        }
        return digests;
    }

    @Test
    void datesInsideThePdfAreTheIssueTimeNotTheRenderTime() {
        withPdf(RENDERER.render(certificate()), pdf -> {
            assertThat(pdf.getDocumentInfo().getMoreInfo("CreationDate")).startsWith("D:20260314101530");
            assertThat(pdf.getDocumentInfo().getMoreInfo("ModDate")).startsWith("D:20260314101530");
            String xmp = new String(pdf.getXmpMetadataBytes(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("2026-03-14T10:15:30").doesNotContainIgnoringCase("InstanceID");
            return null;
        });
    }

    @Test
    void differentCodesGiveDifferentBytesAndDocumentIds() {
        byte[] one = RENDERER.render(certificate());
        byte[] other = RENDERER.render(certificate("M9XT-7KQ4-R8WC-2HDP", "Siobhán O'Connor-Ní Bhriain"));

        assertThat(sha256(other)).isNotEqualTo(sha256(one));
        assertThat(withPdf(other, CertificatePdfTest::permanentId)).isNotEqualTo(withPdf(one, CertificatePdfTest::permanentId));
    }

    @Test
    void fontsAreEmbeddedSubsetsWithReproducibleTags() {
        withPdf(RENDERER.render(certificate()), pdf -> {
            List<PdfDictionary> descriptors = new ArrayList<>();
            for (int i = 1; i < pdf.getNumberOfPdfObjects(); i++) {
                PdfObject object = pdf.getPdfObject(i);
                if (object instanceof PdfDictionary dictionary && PdfName.FontDescriptor.equals(dictionary.getAsName(PdfName.Type))) {
                    descriptors.add(dictionary);
                }
            }
            assertThat(descriptors).extracting(d -> d.getAsName(PdfName.FontName).getValue())
                    .hasSize(2).allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans(-Bold)?"))
                    .doesNotHaveDuplicates();
            assertThat(descriptors).allSatisfy(d -> {
                PdfStream program = d.getAsStream(PdfName.FontFile2);
                assertThat(program).as("embedded").isNotNull();
                assertThat(program.getBytes().length).as("a subset, not the 700 KB font").isLessThan(60_000);
            });
            return null;
        });
    }

    @Test
    void longNamesWithAccentsWrapInsideTheBorderWithoutOverlap() {
        for (CertificateDocument certificate : List.of(certificate(CODE, LONG_NAME), longestCertificate())) {
            byte[] bytes = RENDERER.render(certificate);

            int pages = withPdf(bytes, PdfDocument::getNumberOfPages);
            assertThat(pages).isEqualTo(1);
            assertThat(unspaced(pageText(bytes))).contains(unspaced(certificate.learnerName()),
                    unspaced(certificate.courseTitle()), unspaced(certificate.organisationName()));
            List<Rectangle> glyphs = withPdf(bytes, pdf -> textBoxes(pdf.getFirstPage()));
            Rectangle insideBorder = new Rectangle(30, 30, PageSize.A4.getHeight() - 60, PageSize.A4.getWidth() - 60);
            assertThat(glyphs).allSatisfy(box -> assertThat(insideBorder.contains(box)).as("%s inside border", box).isTrue());
            for (int i = 0; i < glyphs.size(); i++) {
                for (int j = i + 1; j < glyphs.size(); j++) {
                    assertThat(glyphs.get(i).overlaps(glyphs.get(j), 0.5f))
                            .as("text at %s overlaps text at %s", glyphs.get(i), glyphs.get(j)).isFalse();
                }
            }
        }
    }

    @Test
    void refusesCodesOutsideTheAlphabetAndTextTheFontCannotShow() {
        assertThatThrownBy(() -> certificate("7KQ4-M9XT-2HDP-R8W0", "Sam Smith"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7KQ4-M9XT-2HDP-R8W0");
        assertThatThrownBy(() -> RENDERER.render(certificate(CODE, "王秀英")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+738B");
    }

    // --- reading the PDF back -------------------------------------------------------------------------------------

    static <T> T withPdf(byte[] bytes, Function<PdfDocument, T> read) {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            return read.apply(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pageText(byte[] bytes) {
        return withPdf(bytes, pdf -> PdfTextExtractor.getTextFromPage(pdf.getFirstPage(), new LocationTextExtractionStrategy()));
    }

    private static String spaced(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** Wrapping may break a line after a hyphen, so compare long values without any whitespace. */
    private static String unspaced(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Compared as digests, so a failure prints two short strings rather than 40,000 numbers. */
    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String permanentId(PdfDocument pdf) {
        return pdf.getOriginalDocumentId().toUnicodeString();
    }

    private static String modifiedId(PdfDocument pdf) {
        return pdf.getModifiedDocumentId().toUnicodeString();
    }

    /**
     * The digest of every stream's decoded bytes, in object order: what the PDF holds, however it was deflated. The
     * cross-reference stream is left out: it holds where each object starts in the file, which the deflating moves.
     */
    private static List<String> decodedStreams(PdfDocument pdf) {
        List<String> streams = new ArrayList<>();
        for (int i = 1; i < pdf.getNumberOfPdfObjects(); i++) {
            if (pdf.getPdfObject(i) instanceof PdfStream stream && !PdfName.XRef.equals(stream.getAsName(PdfName.Type))) {
                streams.add(i + " " + sha256(stream.getBytes(true)));
            }
        }
        assertThat(streams).as("page content, fonts, metadata").hasSizeGreaterThan(5);
        return streams;
    }

    /** The digest of each embedded font program as written in the file (still deflated). */
    private static List<String> fontProgramsAsWritten(PdfDocument pdf) {
        List<String> programs = new ArrayList<>();
        for (int i = 1; i < pdf.getNumberOfPdfObjects(); i++) {
            if (pdf.getPdfObject(i) instanceof PdfDictionary d && PdfName.FontDescriptor.equals(d.getAsName(PdfName.Type))) {
                programs.add(sha256(d.getAsStream(PdfName.FontFile2).getBytes(false)));
            }
        }
        assertThat(programs).hasSize(2);
        return programs;
    }

    private static int imageXObjects(PdfPage page) {
        PdfDictionary xObjects = page.getResources().getResource(PdfName.XObject);
        int images = 0;
        for (PdfName name : xObjects == null ? Set.<PdfName>of() : xObjects.keySet()) {
            if (PdfName.Image.equals(xObjects.getAsStream(name).getAsName(PdfName.Subtype))) {
                images++;
            }
        }
        return images;
    }

    /** Glyph bodies (most of ascent and descent) of each piece of text drawn on the page. */
    private static List<Rectangle> textBoxes(PdfPage page) {
        List<Rectangle> boxes = new ArrayList<>();
        new PdfCanvasProcessor(listener(EventType.RENDER_TEXT, data -> {
            TextRenderInfo text = (TextRenderInfo) data;
            if (text.getText().isBlank()) {
                return;
            }
            LineSegment base = text.getBaseline();
            float baseY = base.getStartPoint().get(Vector.I2);
            float ascent = text.getAscentLine().getStartPoint().get(Vector.I2) - baseY;
            float descent = baseY - text.getDescentLine().getStartPoint().get(Vector.I2);
            float left = base.getStartPoint().get(Vector.I1);
            float right = base.getEndPoint().get(Vector.I1);
            boxes.add(new Rectangle(left + 0.25f, baseY - 0.8f * descent, right - left - 0.5f, 0.8f * (ascent + descent)));
        })).processPageContent(page);
        return boxes;
    }

    /**
     * Paints every filled shape on the page (the QR modules are filled rectangles, inside a form XObject) black on
     * white at 4 pixels per point, which is all a QR reader needs. Text and stroked lines are left out.
     */
    private static BufferedImage rasteriseFills(PdfPage page) {
        float scale = 4;
        Rectangle size = page.getPageSize();
        BufferedImage image = new BufferedImage(Math.round(size.getWidth() * scale), Math.round(size.getHeight() * scale),
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(java.awt.Color.BLACK);
        new PdfCanvasProcessor(listener(EventType.RENDER_PATH, data -> {
            PathRenderInfo path = (PathRenderInfo) data;
            if ((path.getOperation() & PathRenderInfo.FILL) == 0) {
                return;
            }
            Matrix ctm = path.getCtm();
            for (Subpath subpath : path.getPath().getSubpaths()) {
                float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
                for (Point point : subpath.getPiecewiseLinearApproximation()) {
                    Vector onPage = new Vector((float) point.getX(), (float) point.getY(), 1).cross(ctm);
                    minX = Math.min(minX, onPage.get(Vector.I1));
                    maxX = Math.max(maxX, onPage.get(Vector.I1));
                    minY = Math.min(minY, onPage.get(Vector.I2));
                    maxY = Math.max(maxY, onPage.get(Vector.I2));
                }
                int x0 = Math.round(minX * scale), x1 = Math.round(maxX * scale);
                int top = Math.round((size.getHeight() - maxY) * scale), bottom = Math.round((size.getHeight() - minY) * scale);
                g.fillRect(x0, top, x1 - x0, bottom - top);
            }
        })).processPageContent(page);
        g.dispose();
        return image;
    }

    private static String decodeQr(BufferedImage image) throws NotFoundException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    private static IEventListener listener(EventType wanted, Consumer<IEventData> onEvent) {
        return new IEventListener() {
            @Override
            public void eventOccurred(IEventData data, EventType type) {
                if (type == wanted) {
                    onEvent.accept(data);
                }
            }

            @Override
            public Set<EventType> getSupportedEvents() {
                return Set.of(wanted);
            }
        };
    }
}
