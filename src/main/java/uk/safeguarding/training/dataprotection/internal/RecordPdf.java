package uk.safeguarding.training.dataprotection.internal;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.safeguarding.training.dataprotection.PersonalRecord;
import uk.safeguarding.training.dataprotection.PersonalRecord.AttemptEntry;
import uk.safeguarding.training.dataprotection.PersonalRecord.TrainingEntry;

/**
 * The personal record as a tagged PDF (headings, tables with header cells, language and title set) with the
 * certificate fonts embedded. Thread-safe: the font programs are parsed once and shared.
 */
public final class RecordPdf {

    private final ZoneId zone;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private final FontProgram regular = font("DejaVuSans.ttf");
    private final FontProgram bold = font("DejaVuSans-Bold.ttf");

    /** @param zone where the dates and times printed are local (the clock's zone) */
    public RecordPdf(ZoneId zone) {
        this.zone = zone;
    }

    public byte[] render(PersonalRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDocument pdf = new PdfDocument(new PdfWriter(out));
        pdf.setTagged();
        pdf.getCatalog().setLang(new PdfString("en-GB"));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
        pdf.getDocumentInfo().setTitle("Training record of " + record.profile().name());
        pdf.getDocumentInfo().setAuthor(record.organisation());
        pdf.getDocumentInfo().setCreator("Safeguarding Training");
        PdfFont text = PdfFontFactory.createFont(regular, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
        PdfFont heading = PdfFontFactory.createFont(bold, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
        try (Document doc = new Document(pdf, PageSize.A4)) {
            doc.setFont(text).setFontSize(9).setFontScript(Character.UnicodeScript.UNKNOWN);
            doc.add(heading("Training record of " + record.profile().name(), heading, 18, StandardRoles.H1));
            doc.add(new Paragraph("Everything " + record.organisation() + " holds about you in Safeguarding Training, "
                    + "exported on " + moment(record.exportedAt()) + "."));

            var p = record.profile();
            doc.add(heading("Profile", heading, 13, StandardRoles.H2));
            doc.add(table(heading, new float[] {1, 3}, List.of("Field", "Value"), List.of(
                    List.of("Name", p.name()), List.of("Email", p.email()), List.of("Unit", p.unit()),
                    List.of("Roles", String.join(", ", p.roles())),
                    List.of("Manages", p.managedUnits().isEmpty() ? "nothing" : String.join("; ", p.managedUnits())),
                    List.of("Joined", day(p.joinedOn())), List.of("Account created", moment(p.accountCreatedAt())),
                    List.of("Status", p.active() ? "Active" : "Left on " + day(p.leftOn())))));

            doc.add(heading("Training", heading, 13, StandardRoles.H2));
            if (record.training().isEmpty()) {
                doc.add(new Paragraph("No training has been assigned to you."));
            }
            for (TrainingEntry t : record.training()) {
                doc.add(heading(t.course(), heading, 11, StandardRoles.H3));
                doc.add(table(heading, new float[] {1, 3}, List.of("Field", "Value"), List.of(
                        List.of("Assignment", t.reason().toLowerCase(Locale.ROOT) + ", assigned " + moment(t.assignedAt())
                                + ", due " + day(t.dueOn()) + (t.closedAt() == null ? "" : ", closed " + moment(t.closedAt()))),
                        List.of("Course version", t.courseVersion() == null ? "not started" : String.valueOf(t.courseVersion())),
                        List.of("Started", moment(t.startedAt())),
                        List.of("Stage", t.stage() == null ? "not started" : t.stage().toLowerCase(Locale.ROOT)),
                        List.of("Completed", t.completedAt() == null ? "not completed"
                                : moment(t.completedAt()) + " with " + t.scorePercent() + "%"))));
                if (!t.attempts().isEmpty()) {
                    doc.add(table(heading, new float[] {1, 2, 2, 1, 1, 2},
                            List.of("Attempt", "Started", "Submitted", "Score", "Result", "Answers"),
                            t.attempts().stream().map(this::attemptRow).toList()));
                }
            }

            doc.add(heading("Certificates", heading, 13, StandardRoles.H2));
            if (record.certificates().isEmpty()) {
                doc.add(new Paragraph("No certificates."));
            } else {
                doc.add(table(heading, new float[] {5, 3, 2, 1, 2, 2},
                        List.of("Code", "Course", "Completed", "Score", "Valid until", "Status"),
                        record.certificates().stream().map(c -> List.of(c.code(), c.course() + " (version " + c.courseVersion() + ")",
                                day(c.completedOn()), c.scorePercent() + "%", day(c.validUntil()), c.status())).toList()));
            }

            doc.add(heading("Policies you confirmed", heading, 13, StandardRoles.H2));
            if (record.policyAcknowledgements().isEmpty()) {
                doc.add(new Paragraph("No policy acknowledgements."));
            } else {
                doc.add(table(heading, new float[] {4, 1, 3, 2}, List.of("Policy", "Version", "Content hash (SHA-256)", "Confirmed"),
                        record.policyAcknowledgements().stream().map(a -> List.of(a.policy(), String.valueOf(a.version()),
                                a.contentHash(), moment(a.acknowledgedAt()))).toList()));
            }

            doc.add(heading("Notifications", heading, 13, StandardRoles.H2));
            if (record.notifications().isEmpty()) {
                doc.add(new Paragraph("No notifications."));
            } else {
                doc.add(table(heading, new float[] {2, 6, 1}, List.of("Date", "Message", "Read"),
                        record.notifications().stream().map(n -> List.of(moment(n.createdAt()), n.message(),
                                n.read() ? "yes" : "no")).toList()));
            }
        }
        return out.toByteArray();
    }

    private List<String> attemptRow(AttemptEntry a) {
        return List.of(String.valueOf(a.number()), moment(a.startedAt()),
                a.submittedAt() == null ? "in progress" : moment(a.submittedAt()),
                a.scorePercent() == null ? "" : a.scorePercent() + "% (" + a.correct() + " of " + a.questions() + ")",
                a.passed() == null ? "" : a.passed() ? "passed" : "not passed",
                a.answersKept() ? "kept" : "deleted (retention)");
    }

    private static Paragraph heading(String text, PdfFont font, float size, String role) {
        Paragraph p = new Paragraph(text).setFont(font).setFontSize(size).setMarginTop(size / 2);
        p.getAccessibilityProperties().setRole(role);
        return p;
    }

    private static Table table(PdfFont bold, float[] widths, List<String> headers, List<List<String>> rows) {
        Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setMarginBottom(6);
        headers.forEach(h -> table.addHeaderCell(new Cell().add(new Paragraph(h).setFont(bold))));
        rows.forEach(row -> row.forEach(value -> table.addCell(new Cell().add(new Paragraph(value == null ? "" : value)))));
        return table;
    }

    private static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    private String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(zone));
    }

    private static FontProgram font(String file) {
        try (InputStream in = RecordPdf.class.getResourceAsStream("/certificate/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing from the classpath");
            }
            return FontProgramFactory.createFont(in.readAllBytes(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
