package uk.safeguarding.training.certificate;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * How a certificate's PDF is written, fixed at issue like everything it prints: a certificate is re-rendered in the
 * layout it was issued with, so a re-download is always byte-identical to the file first given out. A new way of
 * writing certificates is a new layout, never a change to an existing one (docs/decisions/0036).
 */
public enum CertificateLayout {

    /** Every certificate issued before layouts existed: iText's default compression (zlib level 6). */
    LAYOUT_1(1, Deflater.DEFAULT_COMPRESSION),
    /**
     * The same page, its streams deflated at zlib level 1: about a quarter less CPU a render (the per-certificate font
     * subsets are most of what is deflated) for files 2–3 % larger.
     */
    LAYOUT_2(2, Deflater.BEST_SPEED);

    /** The layout new certificates are issued with. */
    public static final CertificateLayout CURRENT = LAYOUT_2;

    private final int number;
    private final int compressionLevel;

    CertificateLayout(int number, int compressionLevel) {
        this.number = number;
        this.compressionLevel = compressionLevel;
    }

    /** As stored in {@code certificate.layout}. */
    public int number() {
        return number;
    }

    /** The zlib level of every stream in the PDF; {@link Deflater#DEFAULT_COMPRESSION} is iText's default. */
    public int compressionLevel() {
        return compressionLevel;
    }

    /** Part of the seed of the PDF's modified /ID, so each layout's rendering of a certificate has its own. */
    public String version() {
        return "certificate-layout-" + number;
    }

    public static CertificateLayout numbered(int number) {
        return Arrays.stream(values()).filter(layout -> layout.number == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No certificate layout " + number));
    }

    /** Stores a layout as its number, so the numbers stay what they are whatever the order of the constants. */
    @Converter
    public static final class Column implements AttributeConverter<CertificateLayout, Short> {

        @Override
        public Short convertToDatabaseColumn(CertificateLayout layout) {
            return layout == null ? null : (short) layout.number;
        }

        @Override
        public CertificateLayout convertToEntityAttribute(Short number) {
            return number == null ? null : numbered(number);
        }
    }
}
