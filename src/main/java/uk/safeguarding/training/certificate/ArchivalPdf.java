package uk.safeguarding.training.certificate;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfConformance;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfUAConformance;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.validation.ValidationContainer;
import com.itextpdf.kernel.xmp.XMPConst;
import com.itextpdf.kernel.xmp.XMPException;
import com.itextpdf.kernel.xmp.XMPMeta;
import com.itextpdf.kernel.xmp.XMPMetaFactory;
import com.itextpdf.kernel.xmp.options.PropertyOptions;
import com.itextpdf.pdfa.PdfADocument;
import com.itextpdf.pdfua.checkers.PdfUA1Checker;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.Deflater;

/**
 * The plumbing every PDF this application writes for keeping shares (certificates, the inspection evidence pack):
 * a document that is PDF/A-2a and PDF/UA-1 at once (tagged, British English, title shown, sRGB output intent, the
 * DejaVu fonts embedded) and reproducible, so the same content always gives the same bytes. iText otherwise stamps
 * the current time (CreationDate, ModDate and their XMP copies), a random trailer /ID, a random six-letter font subset
 * tag and writes fonts in hash order; here the dates and /ID come from the caller, the subset tag is replaced in
 * {@link ReproducibleWriter} and the fonts are ordered in {@link ReproducibleDocument}.
 *
 * <p>Thread-safe: the fonts, the colour profile and the XMP skeleton are prepared once and shared read-only.
 */
public final class ArchivalPdf {

    private static final String FONTS = "/certificate/fonts/";
    private static final String LANGUAGE = "en-GB";

    private final FontProgram regular;
    private final FontProgram bold;
    private final byte[] srgbProfile;
    private final XMPMeta xmpTemplate;

    public ArchivalPdf() {
        this.regular = loadFont("DejaVuSans.ttf");
        this.bold = loadFont("DejaVuSans-Bold.ttf");
        this.srgbProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        this.xmpTemplate = xmpTemplate();
    }

    public FontProgram regularFont() {
        return regular;
    }

    public FontProgram boldFont() {
        return bold;
    }

    /**
     * Opens a tagged PDF/A-2a and PDF/UA-1 document (both checked as it is written, so a regression fails loudly)
     * whose /ID comes from the two seeds and whose creation and modification dates are {@code dated}.
     *
     * @param initialIdSeed  identifies the document (the first half of /ID)
     * @param modifiedIdSeed identifies this rendering of it (the second half): include everything it shows
     */
    public PdfADocument open(OutputStream out, String initialIdSeed, String modifiedIdSeed, String title, Instant dated) {
        return open(out, initialIdSeed, modifiedIdSeed, title, dated, true, Deflater.DEFAULT_COMPRESSION);
    }

    /**
     * As {@link #open(OutputStream, String, String, String, Instant)}, but with {@code checked} false iText's PDF/A and
     * PDF/UA checkers do not run as the document is written. They only read it (the bytes are the same either way) and
     * cost about a tenth of a certificate's render; a writer whose layout is fixed and whose variable text is checked
     * beforehand (the certificate) leaves them to its tests, which compare both and run veraPDF (docs/decisions/0035).
     *
     * @param compressionLevel the zlib level of every stream, {@link Deflater#DEFAULT_COMPRESSION} for iText's default
     *                         (level 6); it changes the bytes, so a certificate's comes from its layout (0036)
     */
    public PdfADocument open(OutputStream out, String initialIdSeed, String modifiedIdSeed, String title, Instant dated,
                             boolean checked, int compressionLevel) {
        WriterProperties properties = new WriterProperties()
                .setFullCompressionMode(true)
                .setCompressionLevel(compressionLevel)
                .addPdfUaXmpMetadata(PdfUAConformance.PDF_UA_1)
                .setInitialDocumentId(documentId(initialIdSeed))
                .setModifiedDocumentId(documentId(modifiedIdSeed));
        PdfADocument pdf = new ReproducibleDocument(new ReproducibleWriter(out, properties), newXmp(),
                new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                        new ByteArrayInputStream(srgbProfile)));
        pdf.setTagged();
        pdf.getCatalog().setLang(new PdfString(LANGUAGE));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(title);
        info.setCreator("Safeguarding Training");
        fixDates(pdf, dated);
        if (checked) {
            pdf.getDiContainer().getInstance(ValidationContainer.class).addChecker(new PdfUA1Checker(pdf));
        } else {
            // PdfADocument registered its PDF/A checker here; an empty container validates nothing.
            pdf.getDiContainer().register(ValidationContainer.class, new ValidationContainer());
        }
        return pdf;
    }

    /** iText stamped "now" when the document opened; an ASCII value is written as a plain date string. */
    public static void fixDates(PdfADocument pdf, Instant at) {
        String date = new PdfDate(GregorianCalendar.from(at.atZone(ZoneOffset.UTC))).getPdfObject().getValue();
        pdf.getDocumentInfo().setMoreInfo(PdfName.CreationDate.getValue(), date);
        pdf.getDocumentInfo().setMoreInfo(PdfName.ModDate.getValue(), date);
    }

    /**
     * The XMP every certificate shares: PDF/A-2a and PDF/UA-1 identification, with the extension schema PDF/A
     * requires for the pdfuaid namespace. iText would parse that schema from XML into every document it closes,
     * about a quarter of the render time, so it is built once here and cloned.
     */
    private static XMPMeta xmpTemplate() {
        try {
            XMPMeta xmp = XMPMetaFactory.create();
            xmp.setProperty(XMPConst.NS_DC, "format", "application/pdf");
            new PdfConformance(PdfAConformance.PDF_A_2A, PdfUAConformance.PDF_UA_1).setConformanceToXmp(xmp);
            return xmp;
        } catch (XMPException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Cloning reads the template, but XMPNode creates some fields lazily on read, so one clone at a time. */
    private XMPMeta newXmp() {
        synchronized (xmpTemplate) {
            return (XMPMeta) xmpTemplate.clone();
        }
    }

    static PdfString documentId(String seed) {
        return new PdfString(new String(Arrays.copyOf(sha256(seed), 16), StandardCharsets.ISO_8859_1));
    }

    private static byte[] sha256(String seed) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static FontProgram loadFont(String file) {
        try (InputStream in = ArchivalPdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + FONTS + file + " is missing from the classpath");
            }
            return FontProgramFactory.createFont(in.readAllBytes(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * PDF/A-2a document whose fonts are written in the order they were created (iText keeps them in a HashMap keyed by
     * indirect reference, whose hash includes a JVM-wide document counter, so its own order changes from run to run)
     * and whose XMP is filled into a prepared skeleton.
     */
    private static final class ReproducibleDocument extends PdfADocument {

        private final XMPMeta xmp;

        ReproducibleDocument(PdfWriter writer, XMPMeta xmp, PdfOutputIntent outputIntent) {
            super(writer, PdfAConformance.PDF_A_2A, outputIntent);
            this.xmp = xmp;
        }

        /** Mirrors the Info dictionary into XMP as PDF/A requires, as iText does but without its per-document parse. */
        @Override
        protected void updateXmpMetadata() {
            PdfDocumentInfo info = getDocumentInfo();
            try {
                xmp.setLocalizedText(XMPConst.NS_DC, "title", XMPConst.X_DEFAULT, XMPConst.X_DEFAULT, info.getTitle());
                xmp.appendArrayItem(XMPConst.NS_DC, "creator", new PropertyOptions(PropertyOptions.ARRAY_ORDERED),
                        info.getAuthor(), null);
                xmp.setLocalizedText(XMPConst.NS_DC, "description", XMPConst.X_DEFAULT, XMPConst.X_DEFAULT,
                        info.getSubject());
                xmp.setProperty(XMPConst.NS_XMP, "CreatorTool", info.getCreator());
                xmp.setProperty(XMPConst.NS_PDF, "Producer", info.getProducer());
                xmp.setProperty(XMPConst.NS_XMP, "CreateDate", PdfDate.getW3CDate(info.getMoreInfo("CreationDate")));
                xmp.setProperty(XMPConst.NS_XMP, "ModifyDate", PdfDate.getW3CDate(info.getMoreInfo("ModDate")));
                setXmpMetadata(xmp);
            } catch (XMPException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        protected void flushFonts() {
            getDocumentFonts().stream()
                    .sorted(Comparator.comparingInt(font -> font.getPdfObject().getIndirectReference().getObjNumber()))
                    .forEach(PdfFont::flush);
        }
    }

    /**
     * Replaces iText's random font subset tag ({@code ABCDEF+DejaVuSans}) with one derived from the font name, just
     * before each object is written. The tag only has to differ between subsets within one file.
     */
    private static final class ReproducibleWriter extends PdfWriter {

        private static final Pattern SUBSET_NAME = Pattern.compile("[A-Z]{6}\\+.+");

        private final Map<String, String> tags = new HashMap<>();

        ReproducibleWriter(OutputStream out, WriterProperties properties) {
            super(out, properties);
        }

        @Override
        protected void flushObject(PdfObject object, boolean canBeInObjStm) {
            if (object instanceof PdfDictionary dictionary) {
                replaceSubsetTag(dictionary, PdfName.BaseFont);
                replaceSubsetTag(dictionary, PdfName.FontName);
            }
            super.flushObject(object, canBeInObjStm);
        }

        private void replaceSubsetTag(PdfDictionary dictionary, PdfName key) {
            PdfName name = dictionary.getAsName(key);
            if (name == null || !SUBSET_NAME.matcher(name.getValue()).matches()) {
                return;
            }
            String value = name.getValue();
            String tag = tags.computeIfAbsent(value.substring(0, 6), random -> stableTag(value.substring(7) + tags.size()));
            dictionary.put(key, new PdfName(tag + value.substring(6)));
        }

        private static String stableTag(String seed) {
            byte[] digest = sha256(seed);
            StringBuilder tag = new StringBuilder(6);
            for (int i = 0; i < 6; i++) {
                tag.append((char) ('A' + (digest[i] & 0xFF) % 26));
            }
            return tag.toString();
        }
    }
}
