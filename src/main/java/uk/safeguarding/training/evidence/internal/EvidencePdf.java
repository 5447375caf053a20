package uk.safeguarding.training.evidence.internal;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.pdfa.PdfADocument;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import uk.safeguarding.training.certificate.ArchivalPdf;
import uk.safeguarding.training.evidence.EvidencePack;

/**
 * The evidence pack as a tagged PDF/A-2a and PDF/UA-1 document (headings, tables with header rows repeated on every
 * page, language and title), through the certificates' {@link ArchivalPdf}: the creation date is the day the pack is
 * "as at" and the /ID is derived from the content, so the same pack always gives the same bytes. Thread-safe.
 */
public final class EvidencePdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** Part of the /ID, so a change of layout gives re-rendered packs a new one. */
    private static final String LAYOUT_VERSION = "evidence-layout-3";
    private static final PageSize PAGE = PageSize.A4.rotate();
    private static final String PEOPLE = "People, courses and policies";

    private final ArchivalPdf archival = new ArchivalPdf();

    /**
     * @param contentDigest a digest of everything the pack shows (the CSV's SHA-256), for the /ID
     * @param progress      rows written so far
     */
    public byte[] render(EvidencePack pack, byte[] contentDigest, IntConsumer progress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024 + pack.rows().size() * 120);
        String title = "Safeguarding training evidence: " + pack.unit() + " as at " + DAY.format(pack.asAt());
        PdfADocument pdf = archival.open(out, "evidence " + pack.unit() + " " + pack.asAt(),
                LAYOUT_VERSION + "\u0000" + HexFormat.of().formatHex(contentDigest), title,
                pack.asAt().atStartOfDay(ZoneOffset.UTC).toInstant());
        pdf.getDocumentInfo().setAuthor(pack.organisation());
        pdf.getDocumentInfo().setSubject("Training and policy acknowledgement status of everyone in " + pack.unit()
                + " and the units below it, as recorded at the end of " + DAY.format(pack.asAt()) + " (UK time).");
        PdfFont text = PdfFontFactory.createFont(archival.regularFont(), PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
        PdfFont bold = PdfFontFactory.createFont(archival.boldFont(), PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
        try (Document doc = new Document(pdf, PAGE)) {
            doc.setMargins(36, 36, 36, 36);
            doc.setFont(text).setFontSize(7.5f).setFontScript(Character.UnicodeScript.UNKNOWN);
            doc.add(heading(title, bold, 16, StandardRoles.H1));
            doc.add(new Paragraph(pack.organisation() + ". Every status below is as it stood at the end of "
                    + DAY.format(pack.asAt()) + " (UK time), computed from the records kept at the time: assignments and "
                    + "due dates, completions, certificates issued, expired or revoked, and policy acknowledgements. "
                    + "People are listed in the unit they were in on that day.").setFontSize(9));

            doc.add(heading("Units", bold, 12, StandardRoles.H2));
            Table units = table(bold, new float[] {6, 1}, List.of("Unit", "Level"));
            for (int i = 0; i < pack.tree().size(); i++) {
                units.addCell(cell(pack.summary().get(i).unit()));
                units.addCell(cell(String.valueOf(pack.tree().get(i).depth())));
            }
            doc.add(units);

            doc.add(heading("Compliance by unit", bold, 12, StandardRoles.H2));
            doc.add(new Paragraph("Each unit counts itself and every unit below it. Required: one per person and course "
                    + "or policy they had to complete or acknowledge.").setFontSize(9));
            Table summary = table(bold, new float[] {6, 1, 1, 1, 1, 1}, List.of("Unit", "People", "Required", "Compliant",
                    "Compliant %", "Overdue"));
            for (EvidencePack.UnitSummary s : pack.summary()) {
                for (String v : List.of(s.unit(), String.valueOf(s.people()), String.valueOf(s.required()),
                        String.valueOf(s.compliant()), s.compliantPercent() + "%", String.valueOf(s.overdue()))) {
                    summary.addCell(cell(v));
                }
            }
            doc.add(summary);

            if (pack.rows().isEmpty()) {
                doc.add(heading(PEOPLE, bold, 12, StandardRoles.H2));
                doc.add(new Paragraph("Nobody in these units had a course or policy assigned on that day."));
            } else {
                List<PeopleTables.Line> lines = new ArrayList<>(pack.rows().size());
                for (EvidencePack.Row r : pack.rows()) {
                    lines.add(new PeopleTables.Line(r.unit(), new String[] {r.person(), r.kind(), r.item(), r.status(),
                            date(r.dueOn()), r.certificateCode(), date(r.completedOn()), date(r.validUntil()), r.acknowledged()}));
                }
                // The people section starts on a page of its own, written without the layout engine (see PeopleTables).
                new PeopleTables(pdf, text, bold, PAGE).write(PEOPLE, lines, progress);
            }
            progress.accept(pack.rows().size());
        }
        return out.toByteArray();
    }

    /** The digest the PDF's /ID is derived from. */
    public static byte[] digest(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Paragraph heading(String text, PdfFont font, float size, String role) {
        Paragraph p = new Paragraph(text).setFont(font).setFontSize(size).setMarginTop(size / 2);
        p.getAccessibilityProperties().setRole(role);
        return p;
    }

    private static Table table(PdfFont bold, float[] widths, List<String> headers) {
        Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setFixedLayout().setMarginBottom(6);
        headers.forEach(h -> table.addHeaderCell(new Cell().add(new Paragraph(h).setFont(bold))));
        return table;
    }

    /** A table cell whose text belongs to the TD itself: no P element per cell, half the structure tree to write. */
    private static Cell cell(String value) {
        Paragraph text = new Paragraph(value == null ? "" : value);
        text.getAccessibilityProperties().setRole(null);
        return new Cell().add(text);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

}
