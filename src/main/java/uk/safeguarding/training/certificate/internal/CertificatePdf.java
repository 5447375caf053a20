package uk.safeguarding.training.certificate.internal;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.barcodes.qrcode.EncodeHintType;
import com.itextpdf.barcodes.qrcode.ErrorCorrectionLevel;
import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Link;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.pdfa.PdfADocument;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import uk.safeguarding.training.certificate.ArchivalPdf;
import uk.safeguarding.training.certificate.CertificateDocument;
import uk.safeguarding.training.certificate.CertificateLayout;

/**
 * Renders a certificate as a one-page A4 landscape PDF that is PDF/A-2a and PDF/UA-1 at once: tagged, in British
 * English, with embedded DejaVu subsets, an sRGB output intent and a vector QR code for the verification address.
 *
 * <p>The output is reproducible: the same {@link CertificateDocument} always gives the same bytes, in the
 * {@link CertificateLayout} it names (a certificate keeps the layout it was issued with). iText otherwise
 * stamps the current time (CreationDate, ModDate and their XMP copies), a random trailer /ID, a random six-letter
 * font subset tag and writes fonts in hash order; the dates and /ID are set from the record through
 * {@link ArchivalPdf}, which also replaces the subset tag and orders the fonts.
 *
 * <p>iText's PDF/A and PDF/UA checkers do not run as a certificate is written ({@link #checked()} runs them): they
 * only read what is written, the layout is fixed and the variable text is checked here first ({@link #requireGlyphs}),
 * and they cost about a tenth of a render. The tests render with and without them and compare the bytes, and run
 * veraPDF on what this renderer writes (docs/decisions/0035).
 *
 * <p>Thread-safe: the fonts are parsed once, here, and shared read-only (iText's own font cache shares them the same
 * way); everything else is per call. iText reads a shared font through a lock, byte by byte, while it subsets it, so
 * threads rendering many certificates at once are better off each with a renderer of their own.
 */
public final class CertificatePdf {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final String LANGUAGE = "en-GB";

    private static final PageSize PAGE = PageSize.A4.rotate();
    private static final float SIDE_MARGIN = 76;
    private static final float TOP_MARGIN = 50;
    /** Room under the main text for the verification block and QR code. */
    private static final float BOTTOM_MARGIN = 136;
    private static final float TEXT_WIDTH = PAGE.getWidth() - 2 * SIDE_MARGIN;
    private static final float QR_SIZE = 92;
    private static final float QR_GAP = 28;
    /** The logo's height at most; wide logos are limited to {@link #LOGO_BOX_WIDTH} instead. */
    private static final float LOGO_BOX = 46;
    private static final float LOGO_BOX_WIDTH = 220;

    // Navy and greys on white: 7:1 or better, WCAG AAA. The gold is decorative (an artifact) only.
    private static final Color INK = new DeviceRgb(0x1B, 0x36, 0x5D);
    private static final Color BODY = new DeviceRgb(0x2B, 0x2B, 0x2B);
    private static final Color MUTED = new DeviceRgb(0x4A, 0x4F, 0x57);
    private static final Color GOLD = new DeviceRgb(0xB0, 0x8D, 0x57);

    private final FontProgram regular;
    private final FontProgram bold;
    /** Tagged PDF/A-2a + PDF/UA-1, reproducible: the plumbing the evidence pack shares. */
    private final ArchivalPdf archival = new ArchivalPdf();

    private final boolean checked;

    /** Loads the fonts from the classpath and prepares the metadata skeleton; create once and share. */
    public CertificatePdf() {
        this(false);
    }

    private CertificatePdf(boolean checked) {
        this.regular = archival.regularFont();
        this.bold = archival.boldFont();
        this.checked = checked;
    }

    /**
     * A renderer that also runs iText's PDF/A-2 and PDF/UA-1 checkers as it writes, failing on what they reject; the
     * bytes are those of {@link #CertificatePdf()}. For tests.
     */
    public static CertificatePdf checked() {
        return new CertificatePdf(true);
    }

    /**
     * @return the PDF, identical for identical records
     * @throws IllegalArgumentException if the name, course, organisation or address has a character DejaVu Sans lacks
     */
    public byte[] render(CertificateDocument certificate) {
        Objects.requireNonNull(certificate, "certificate");
        Wording text = Wording.of(certificate);
        requireGlyphs(text);

        ByteArrayOutputStream out = new ByteArrayOutputStream(40 * 1024);
        // The layout's version leads the modified /ID's seed, so each layout's rendering of a certificate has its own;
        // the permanent /ID (the code) is the same in every layout: it is the same document.
        CertificateLayout written = certificate.layout();
        PdfADocument pdf = archival.open(out, "certificate " + text.code(), written.version() + "\u0000" + certificate,
                "Certificate of completion: " + text.learner() + ", " + text.course(), certificate.issuedAt(), checked,
                written.compressionLevel());
        describe(pdf, text, certificate);

        PdfFont regularFont = PdfFontFactory.createFont(regular, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
        PdfFont boldFont = PdfFontFactory.createFont(bold, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
        try (Document layout = new Document(pdf, PAGE, false)) {
            layout.setMargins(TOP_MARGIN, SIDE_MARGIN, BOTTOM_MARGIN, SIDE_MARGIN);
            // As Text#disableOtfFeatures does: without pdfCalligraph the OpenType pass only scans DejaVu's GSUB/GPOS
            // tables for every run of text and logs that it cannot shape; skipping it saves a tenth of the time.
            layout.setFont(regularFont).setFontColor(BODY).setFontScript(Character.UnicodeScript.UNKNOWN);
            layout.add(mainText(text, certificate.logo(), regularFont, boldFont));
            layout.add(verification(text, boldFont));
            layout.add(qrCode(text, pdf));
            if (pdf.getNumberOfPages() != 1) {
                throw new IllegalStateException("Certificate " + text.code() + " does not fit on one page");
            }
            PdfPage page = pdf.getFirstPage();
            page.setTabOrder(PdfName.S);
            drawBorder(new PdfCanvas(page.newContentStreamBefore(), page.getResources(), pdf));
        }
        return out.toByteArray();
    }

    private static void describe(PdfDocument pdf, Wording text, CertificateDocument certificate) {
        pdf.setTagged();
        pdf.getCatalog().setLang(new PdfString(LANGUAGE));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle("Certificate of completion: " + text.learner() + ", " + text.course());
        info.setAuthor(text.organisation());
        info.setSubject(text.learner() + " completed " + text.course() + " (version " + certificate.courseVersion()
                + ") on " + text.completedOn() + ". Certificate code " + text.code() + ".");
        info.setCreator("Safeguarding Training");
        // iText stamped "now" when the document opened; an ASCII value is written as a plain date string.
        String issued = new PdfDate(GregorianCalendar.from(certificate.issuedAt().atZone(ZoneOffset.UTC)))
                .getPdfObject().getValue();
        info.setMoreInfo(PdfName.CreationDate.getValue(), issued);
        info.setMoreInfo(PdfName.ModDate.getValue(), issued);
    }

    private static Div mainText(Wording text, CertificateDocument.Logo logo, PdfFont regular, PdfFont bold) {
        Div main = new Div()
                .setMinHeight(PAGE.getHeight() - TOP_MARGIN - BOTTOM_MARGIN - 4)
                .setVerticalAlignment(VerticalAlignment.MIDDLE)
                .setTextAlignment(TextAlignment.CENTER);
        if (logo != null) {
            main.add(logo(logo));
        }
        main.add(line(text.organisation(), bold, fit(bold, text.organisation(), 14, 9, 2), INK).setCharacterSpacing(0.4f));
        Paragraph heading = line("Certificate of completion", bold, 32, INK).setMarginTop(12);
        heading.getAccessibilityProperties().setRole(StandardRoles.H1);
        main.add(heading);
        SolidLine rule = new SolidLine(0.9f);
        rule.setColor(GOLD);
        main.add(new LineSeparator(rule).setWidth(150).setHorizontalAlignment(HorizontalAlignment.CENTER)
                .setMarginTop(10).setMarginBottom(18));
        main.add(line("This is to certify that", regular, 12, MUTED));
        main.add(line(text.learner(), bold, nameSize(bold, text.learner()), INK).setMarginTop(8).setMarginBottom(8));
        main.add(line("has successfully completed", regular, 12, MUTED));
        main.add(line(text.course(), bold, fit(bold, text.course(), 20, 12, 3), INK).setMarginTop(6));
        main.add(line("Course version " + text.version(), regular, 11, MUTED).setMarginTop(2));
        main.add(new Paragraph()
                .add(new Text("Completed ")).add(new Text(text.completedOn()).setFont(bold))
                .add(new Text("     Score: ")).add(new Text(text.score()).setFont(bold))
                .add(new Text("     Valid until ")).add(new Text(text.validUntil()).setFont(bold))
                .setFontSize(12).setMarginTop(24));
        return main;
    }

    private static Div verification(Wording text, PdfFont bold) {
        float width = TEXT_WIDTH - QR_SIZE - QR_GAP;
        Link address = new Link(text.url(), PdfAction.createURI(text.url()));
        address.getLinkAnnotation().setFlags(PdfAnnotation.PRINT).setBorder(new PdfArray(new float[]{0, 0, 0}))
                .setContents("Verify this certificate at " + text.url());
        address.setFontColor(INK).setUnderline();
        Div block = new Div().setFixedPosition(1, SIDE_MARGIN, 46, width);
        block.add(new Paragraph().add(new Text("Certificate code  ").setFontColor(MUTED).setFontSize(10))
                .add(new Text(text.code()).setFont(bold).setFontSize(15).setFontColor(INK)).setMargin(0));
        block.add(new Paragraph().setFontSize(9.5f).setFontColor(MUTED).setMarginTop(6).setMarginBottom(0)
                .add(new Text("Check this certificate at ")).add(address)
                .add(new Text(" or scan the QR code. Certificate code: " + text.code() + ".")));
        return block;
    }

    /**
     * The organisation's logo, centred above its name and fitted into {@link #LOGO_BOX}. It is an artifact: the name
     * printed right under it says the same, so a screen reader reading both would only repeat it.
     */
    private static Image logo(CertificateDocument.Logo logo) {
        Image image = new Image(ImageDataFactory.create(logo.image()));
        float scale = Math.min(LOGO_BOX_WIDTH / image.getImageWidth(), LOGO_BOX / image.getImageHeight());
        image.scale(scale, scale).setHorizontalAlignment(HorizontalAlignment.CENTER).setMarginBottom(8);
        image.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
        return image;
    }

    private static Image qrCode(Wording text, PdfDocument pdf) {
        BarcodeQRCode qr = new BarcodeQRCode(text.url(), Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.CHARACTER_SET, "UTF-8"));
        float modules = qr.getBarcodeSize().getWidth();
        PdfFormXObject symbol = qr.createFormXObject(INK, QR_SIZE / modules, pdf);
        Image image = new Image(symbol).setFixedPosition(1, PAGE.getWidth() - SIDE_MARGIN - QR_SIZE, 40);
        image.getAccessibilityProperties().setAlternateDescription(
                "QR code linking to " + text.url() + ", where this certificate can be checked.");
        return image;
    }

    /** A double rule inside the page edge, drawn under the text and marked as an artifact: it carries no meaning. */
    private static void drawBorder(PdfCanvas canvas) {
        canvas.openTag(new CanvasArtifact()).saveState();
        canvas.setStrokeColor(INK).setLineWidth(2.4f);
        inset(canvas, 22).stroke();
        canvas.setStrokeColor(GOLD).setLineWidth(0.8f);
        inset(canvas, 29).stroke();
        canvas.restoreState().closeTag();
    }

    private static PdfCanvas inset(PdfCanvas canvas, float by) {
        return canvas.rectangle(by, by, PAGE.getWidth() - 2 * by, PAGE.getHeight() - 2 * by);
    }

    private static Paragraph line(String content, PdfFont font, float size, Color color) {
        return new Paragraph(content).setFont(font).setFontSize(size).setFontColor(color)
                .setMultipliedLeading(1.15f).setMargin(0);
    }

    /** Names get one line if they fit at 24 pt or more, otherwise two lines or, for the very longest, three. */
    private static float nameSize(PdfFont font, String name) {
        float oneLine = fit(font, name, 34, 24, 1);
        return font.getWidth(name, oneLine) <= TEXT_WIDTH ? oneLine : fit(font, name, 24, 16, 2);
    }

    /**
     * The largest whole size from {@code max} down to {@code min} at which the text fills at most {@code lines}
     * lines; a line is counted as 85% full when wrapping, to allow for the space lost at word breaks.
     */
    private static float fit(PdfFont font, String content, float max, float min, int lines) {
        float widthAtOnePoint = font.getWidth(content, 1);
        float room = lines == 1 ? TEXT_WIDTH : TEXT_WIDTH * lines * 0.85f;
        for (float size = max; size > min; size--) {
            if (widthAtOnePoint * size <= room) {
                return size;
            }
        }
        return min;
    }

    /** Fails rather than print a blank box: a missing glyph would also break PDF/A (.notdef) and the reading. */
    private void requireGlyphs(Wording text) {
        for (String field : new String[]{text.learner(), text.course(), text.organisation(), text.url()}) {
            field.codePoints().filter(c -> regular.getGlyph(c) == null || bold.getGlyph(c) == null).findFirst()
                    .ifPresent(c -> {
                        throw new IllegalArgumentException("The certificate font has no glyph for U+%04X in \"%s\""
                                .formatted(c, field));
                    });
        }
    }

    /** The record's values as printed: whitespace tidied, Unicode composed (so accents use the font's own glyphs). */
    private record Wording(String code, String learner, String course, String version, String completedOn,
                           String score, String validUntil, String organisation, String url) {

        static Wording of(CertificateDocument c) {
            return new Wording(c.code(), tidy(c.learnerName()), tidy(c.courseTitle()), String.valueOf(c.courseVersion()),
                    UK_DATE.format(c.completedOn()), c.scorePercent() + "%", UK_DATE.format(c.validUntil()),
                    tidy(c.organisationName()), c.verificationUrl().strip());
        }

        private static String tidy(String value) {
            return Normalizer.normalize(value, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        }
    }

}
