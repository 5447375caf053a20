package uk.safeguarding.training.evidence.internal;

import com.itextpdf.io.font.FontMetrics;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.kernel.pdf.tagutils.TagTreePointer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

/**
 * Writes the people section of the evidence pack (a heading, then per unit a heading and a table of its rows) straight
 * onto pages with the canvas and the tag tree, without iText's layout engine. Layout costs about 80 microseconds per
 * table cell (a paragraph, a text renderer, properties looked up through five parents, the PDF/UA layout checks), and
 * a pack for 5,000 people has 90,000 cells: seconds on its own. Here every cell is one measured, wrapped text in a
 * fixed column, which is all these rows need.
 *
 * <p>The structure is what the layout engine wrote before: H2, then per unit an H3 and one Table per page, each
 * starting with a header row of TH (scope Column) and then a TR of nine TD per row; empty cells are empty TDs. Grid
 * lines are artifacts. Column widths, padding and leading are fixed, so the same rows always give the same pages.
 */
final class PeopleTables {

    static final List<String> HEADERS = List.of("Person", "Kind", "Course or policy", "Status", "Due",
            "Certificate code", "Completed", "Valid until", "Acknowledged");
    private static final float[] WIDTHS = {4, 1.8f, 5.5f, 3, 2.7f, 6.4f, 2.7f, 2.7f, 4.6f};
    private static final float MARGIN = 36;
    private static final float SIZE = 7.5f;
    private static final float LEADING = 9.5f;
    private static final float PADDING = 2.5f;
    private static final float LINE = 0.5f;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}+");

    private final PdfDocument pdf;
    private final PdfFont text;
    private final PdfFont bold;
    private final PageSize pageSize;
    private final float[] columnX;
    private final float[] columnWidth;
    private final TagTreePointer tags;
    private final float textAscent;
    private final float boldAscent;

    private PdfPage page;
    private PdfCanvas canvas;
    private float y;
    /** Where the table on this page began (its top), and the bottoms of its rows so far, for the grid. */
    private float tableTop = Float.NaN;
    private final List<Float> rowBottoms = new ArrayList<>();

    PeopleTables(PdfDocument pdf, PdfFont text, PdfFont bold, PageSize pageSize) {
        this.pdf = pdf;
        this.text = text;
        this.bold = bold;
        this.pageSize = pageSize;
        float usable = pageSize.getWidth() - 2 * MARGIN;
        float total = 0;
        for (float w : WIDTHS) {
            total += w;
        }
        columnX = new float[WIDTHS.length];
        columnWidth = new float[WIDTHS.length];
        float x = MARGIN;
        for (int i = 0; i < WIDTHS.length; i++) {
            columnX[i] = x;
            columnWidth[i] = usable * WIDTHS[i] / total;
            x += columnWidth[i];
        }
        this.tags = new TagTreePointer(pdf);
        this.textAscent = ascent(text, SIZE);
        this.boldAscent = ascent(bold, SIZE);
    }

    /** The rows, in order: each a unit (for its heading) and the nine cell values. */
    record Line(String unit, String[] cells) {
    }

    void write(String heading, List<Line> lines, IntConsumer progress) {
        newPage();
        heading(heading, StandardRoles.H2, 12);
        String unit = null;
        int written = 0;
        for (Line line : lines) {
            List<List<String>> wrapped = wrap(line.cells(), text);
            float height = rowHeight(wrapped);
            if (!line.unit().equals(unit)) {
                endTable();
                // Keep a unit's heading with its header row and first row.
                if (y - (10 * 1.6f + headerHeight() + height) < MARGIN) {
                    newPage();
                }
                unit = line.unit();
                heading(unit, StandardRoles.H3, 10);
                startTable();
            } else if (y - height < MARGIN) {
                endTable();
                newPage();
                startTable();
            }
            row(wrapped, height, StandardRoles.TD, text, textAscent);
            if (++written % 500 == 0) {
                progress.accept(written);
            }
        }
        endTable();
        if (canvas != null) {
            canvas.release();
        }
    }

    private void newPage() {
        if (canvas != null) {
            canvas.release();
        }
        page = pdf.addNewPage(pageSize);
        canvas = new PdfCanvas(page);
        tags.setPageForTagging(page);
        y = pageSize.getHeight() - MARGIN;
    }

    private void heading(String value, String role, float size) {
        y -= size * 0.5f;
        float baseline = y - ascent(bold, size);
        tags.addTag(role);
        canvas.openTag(tags.getTagReference());
        canvas.beginText().setFontAndSize(bold, size).moveText(MARGIN, baseline).showText(value).endText();
        canvas.closeTag();
        tags.moveToParent();
        y -= size * 1.3f;
    }

    private void startTable() {
        tags.addTag(StandardRoles.TABLE);
        tableTop = y;
        rowBottoms.clear();
        List<List<String>> header = wrap(HEADERS.toArray(String[]::new), bold);
        row(header, rowHeight(header), StandardRoles.TH, bold, boldAscent);
    }

    private float headerHeight() {
        return rowHeight(wrap(HEADERS.toArray(String[]::new), bold));
    }

    /** Closes the table on this page and draws its grid as an artifact. */
    private void endTable() {
        if (Float.isNaN(tableTop)) {
            return;
        }
        tags.moveToParent();
        float right = columnX[columnX.length - 1] + columnWidth[columnWidth.length - 1];
        float bottom = rowBottoms.getLast();
        canvas.openTag(new CanvasArtifact());
        canvas.saveState().setLineWidth(LINE);
        canvas.moveTo(MARGIN, tableTop).lineTo(right, tableTop);
        for (float b : rowBottoms) {
            canvas.moveTo(MARGIN, b).lineTo(right, b);
        }
        for (float x : columnX) {
            canvas.moveTo(x, tableTop).lineTo(x, bottom);
        }
        canvas.moveTo(right, tableTop).lineTo(right, bottom);
        canvas.stroke().restoreState();
        canvas.closeTag();
        y = bottom - 6;
        tableTop = Float.NaN;
    }

    private void row(List<List<String>> cells, float height, String role, PdfFont font, float ascent) {
        tags.addTag(StandardRoles.TR);
        for (int c = 0; c < cells.size(); c++) {
            tags.addTag(role);
            if (role.equals(StandardRoles.TH)) {
                tags.getProperties().addAttributes(new PdfStructureAttributes(StandardRoles.TABLE)
                        .addEnumAttribute(PdfName.Scope.getValue(), PdfName.Column.getValue()));
            }
            List<String> lines = cells.get(c);
            if (!lines.isEmpty()) {
                canvas.openTag(tags.getTagReference());
                canvas.beginText().setFontAndSize(font, SIZE);
                float baseline = y - PADDING - ascent;
                canvas.moveText(columnX[c] + PADDING, baseline);
                for (int i = 0; i < lines.size(); i++) {
                    if (i > 0) {
                        canvas.moveText(0, -LEADING);
                    }
                    canvas.showText(lines.get(i));
                }
                canvas.endText();
                canvas.closeTag();
            }
            tags.moveToParent();
        }
        tags.moveToParent();
        y -= height;
        rowBottoms.add(y);
    }

    private static float rowHeight(List<List<String>> cells) {
        int lines = 1;
        for (List<String> cell : cells) {
            lines = Math.max(lines, cell.size());
        }
        return lines * LEADING + 2 * PADDING;
    }

    private List<List<String>> wrap(String[] values, PdfFont font) {
        List<List<String>> cells = new ArrayList<>(values.length);
        for (int c = 0; c < values.length; c++) {
            cells.add(wrap(values[c] == null ? "" : values[c], columnWidth[c] - 2 * PADDING, font));
        }
        return cells;
    }

    /** Greedy word wrap by the font's widths; a word wider than the column is broken between characters. */
    private static List<String> wrap(String raw, float width, PdfFont font) {
        // A tab or line break in a value (a name from an old import) would be drawn as a missing glyph.
        String value = CONTROL.matcher(raw).replaceAll(" ").strip();
        if (value.isEmpty()) {
            return List.of();
        }
        if (font.getWidth(value, SIZE) <= width) {
            return List.of(value);
        }
        List<String> lines = new ArrayList<>(3);
        StringBuilder line = new StringBuilder();
        for (String word : value.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getWidth(candidate, SIZE) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (font.getWidth(rest, SIZE) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && font.getWidth(rest.substring(0, cut), SIZE) > width) {
                    cut--;
                }
                if (Character.isHighSurrogate(rest.charAt(cut - 1)) && cut > 1) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float ascent(PdfFont font, float size) {
        FontMetrics metrics = font.getFontProgram().getFontMetrics();
        return metrics.getTypoAscender() * size / 1000f;
    }
}
