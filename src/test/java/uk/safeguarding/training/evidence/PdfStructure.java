package uk.safeguarding.training.evidence;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.kernel.pdf.tagging.IStructureNode;
import com.itextpdf.kernel.pdf.tagging.PdfMcr;
import com.itextpdf.kernel.pdf.tagging.PdfStructElem;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tag tree of a PDF as a screen reader meets it: headings with their text, and tables as rows of "role:text" cells
 * (whitespace removed, so a value wrapped over several lines reads as the value). For the evidence pack tests.
 */
final class PdfStructure {

    private final List<String[]> headings = new ArrayList<>();
    private final List<List<List<String>>> tables = new ArrayList<>();
    private final List<String> thScopes = new ArrayList<>();
    private final Map<PdfDictionary, Map<Integer, StringBuilder>> textByPage = new HashMap<>();
    private final PdfDocument document;

    private PdfStructure(PdfDocument document) {
        this.document = document;
    }

    static PdfStructure of(byte[] pdf) throws Exception {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            PdfStructure structure = new PdfStructure(doc);
            for (IStructureNode kid : doc.getStructTreeRoot().getKids()) {
                structure.walk(kid);
            }
            return structure;
        }
    }

    /** The text of every heading with this role (H1, H2, H3), in reading order. */
    List<String> headings(String role) {
        return headings.stream().filter(h -> h[0].equals(role)).map(h -> h[1]).toList();
    }

    /** Each table as its rows, each row as its cells ("TH:Person", "TD:Siobhán…"), whitespace removed from the text. */
    List<List<List<String>>> tables() {
        return tables;
    }

    List<String> thScopes() {
        return thScopes;
    }

    private void walk(IStructureNode node) {
        if (!(node instanceof PdfStructElem elem)) {
            return;
        }
        String role = elem.getRole().getValue();
        if (role.matches("H[1-6]")) {
            headings.add(new String[] {role, text(elem).strip()});
        } else if (role.equals("Table")) {
            List<List<String>> rows = new ArrayList<>();
            for (PdfStructElem row : rows(elem)) {
                List<String> cells = new ArrayList<>();
                for (IStructureNode cell : row.getKids()) {
                    PdfStructElem c = (PdfStructElem) cell;
                    String cellRole = c.getRole().getValue();
                    if (cellRole.equals("TH")) {
                        thScopes.add(scope(c));
                    }
                    cells.add(cellRole + ":" + text(c).replaceAll("\\s+", ""));
                }
                rows.add(cells);
            }
            tables.add(rows);
            return;
        }
        for (IStructureNode kid : elem.getKids()) {
            walk(kid);
        }
    }

    /** The TR of a table, directly or inside THead, TBody and TFoot (the layout engine writes those). */
    private static List<PdfStructElem> rows(PdfStructElem table) {
        List<PdfStructElem> rows = new ArrayList<>();
        for (IStructureNode kid : table.getKids()) {
            if (kid instanceof PdfStructElem e) {
                String role = e.getRole().getValue();
                if (role.equals("TR")) {
                    rows.add(e);
                } else if (role.equals("THead") || role.equals("TBody") || role.equals("TFoot")) {
                    rows.addAll(rows(e));
                }
            }
        }
        return rows;
    }

    private static String scope(PdfStructElem th) {
        PdfObject attributes = th.getAttributes(false);
        PdfDictionary dict = attributes instanceof PdfArray array ? array.getAsDictionary(0) : (PdfDictionary) attributes;
        PdfName scope = dict == null ? null : dict.getAsName(PdfName.Scope);
        return scope == null ? "none" : scope.getValue();
    }

    /** The text of an element's marked content, and of its descendants', in order. */
    private String text(PdfStructElem elem) {
        StringBuilder text = new StringBuilder();
        for (IStructureNode kid : elem.getKids()) {
            if (kid instanceof PdfMcr mcr && mcr.getMcid() >= 0) {
                StringBuilder content = pageText(mcr.getPageObject()).get(mcr.getMcid());
                text.append(content == null ? "" : content);
            } else if (kid instanceof PdfStructElem child) {
                text.append(text(child));
            }
        }
        return text.toString();
    }

    private Map<Integer, StringBuilder> pageText(PdfDictionary pageObject) {
        return textByPage.computeIfAbsent(pageObject, p -> {
            Map<Integer, StringBuilder> byMcid = new HashMap<>();
            PdfPage page = document.getPage(p);
            new PdfCanvasProcessor(new IEventListener() {
                @Override
                public void eventOccurred(IEventData data, EventType type) {
                    if (data instanceof TextRenderInfo info && info.getMcid() >= 0) {
                        byMcid.computeIfAbsent(info.getMcid(), k -> new StringBuilder()).append(info.getText()).append(' ');
                    }
                }

                @Override
                public Set<EventType> getSupportedEvents() {
                    return Set.of(EventType.RENDER_TEXT);
                }
            }).processContent(page.getContentBytes(), page.getResources());
            return byMcid;
        });
    }
}
