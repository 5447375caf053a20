package uk.safeguarding.training.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import uk.safeguarding.training.evidence.EvidencePack.Row;
import uk.safeguarding.training.evidence.EvidencePack.UnitNode;
import uk.safeguarding.training.evidence.EvidencePack.UnitSummary;
import uk.safeguarding.training.evidence.internal.EvidenceCsv;
import uk.safeguarding.training.evidence.internal.EvidencePdf;

/** The evidence pack's PDF without Spring: readable text, the same bytes every time, PDF/UA-1 and PDF/A-2a. */
class EvidencePdfTest {

    private static final EvidencePdf RENDERER = new EvidencePdf();
    private static final String CODE = "7W5P-BTHV-NAJV-R9MG-5QBD";

    static EvidencePack pack(int people) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            rows.add(new Row("Schools / Northgate Primary School", "Siobhán O'Connor-Ní Bhriain " + i, "s" + i + "@x.test",
                    "Course", "Child sexual exploitation (CSE) awareness", "Completed", true, false,
                    LocalDate.of(2026, 3, 1), CODE, LocalDate.of(2026, 2, 20), LocalDate.of(2027, 2, 19), ""));
            rows.add(new Row("Schools / Northgate Primary School", "Siobhán O'Connor-Ní Bhriain " + i, "s" + i + "@x.test",
                    "Policy", "Harbour City Council safeguarding policy (version 2)", "Acknowledged", true, false,
                    LocalDate.of(2026, 3, 15), null, null, null, "2026-03-02, version 2, SHA-256 0123456789ab"));
        }
        return new EvidencePack("Harbour City Council", "Schools", LocalDate.of(2026, 9, 1),
                List.of(new UnitNode(2, "Schools", "/1/2/", 0), new UnitNode(3, "Northgate Primary School", "/1/2/3/", 1)),
                List.of(new UnitSummary("Schools", people, 2 * people, 2 * people, 0),
                        new UnitSummary("Schools / Northgate Primary School", people, 2 * people, 2 * people, 0)),
                rows);
    }

    private static byte[] render(EvidencePack pack) {
        return RENDERER.render(pack, EvidencePdf.digest(EvidenceCsv.write(pack)), n -> { });
    }

    @Test
    void shows_every_section_and_the_certificate_code_whole_and_the_same_bytes_every_time() throws Exception {
        byte[] pdf = render(pack(3));
        String text = PdfUaCheck.text(pdf);
        assertThat(text).contains("Safeguarding training evidence: Schools as at 1 September 2026", "Units",
                "Compliance by unit", "People, courses and policies", "Bhriain 2", CODE, "Acknowledged");
        assertThat(render(pack(3))).isEqualTo(pdf);
        assertThat(new EvidencePdf().render(pack(3), EvidencePdf.digest(EvidenceCsv.write(pack(3))), n -> { })).isEqualTo(pdf);
        assertThat(render(pack(4))).isNotEqualTo(pdf);
    }

    @Test
    void passes_verapdf_for_pdf_ua_1_and_pdf_a_2a_over_several_pages() throws Exception {
        byte[] pdf = render(pack(60));
        assertThat(PdfUaCheck.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(PdfUaCheck.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    /** Two units, the second long enough to go over a page, and values wider than their column. */
    static EvidencePack twoUnits() {
        EvidencePack one = pack(3);
        List<Row> rows = new ArrayList<>(one.rows());
        String longName = "Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaftschaferswessenschafewarenwohlgepflegeundsorgfaltigkeitbeschutzen Smith";
        rows.add(new Row("Schools / Westfield Academy", longName, "w@x.test", "Course",
                "Child sexual exploitation (CSE) awareness for designated safeguarding leads and their deputies", "Overdue",
                false, true, LocalDate.of(2026, 8, 1), null, null, null, ""));
        for (int i = 0; i < 40; i++) {
            rows.add(new Row("Schools / Westfield Academy", "Person " + i, "p" + i + "@x.test", "Policy",
                    "Harbour City Council safeguarding policy (version 2)", "To read", false, false,
                    LocalDate.of(2026, 9, 15), null, null, null, "version 1 only"));
        }
        rows.add(new Row("Schools / Westfield Academy", "Tab\tand\nline break", "t@x.test", "Policy",
                "Harbour City Council safeguarding policy (version 2)", "To read", false, false,
                LocalDate.of(2026, 9, 15), null, null, null, ""));
        return new EvidencePack(one.organisation(), one.unit(), one.asAt(), one.tree(), one.summary(), rows);
    }

    @Test
    void every_unit_has_a_heading_and_tables_whose_rows_keep_their_header_and_long_values_wrap_inside_their_cell() throws Exception {
        EvidencePack pack = twoUnits();
        byte[] pdf = render(pack);
        PdfStructure structure = PdfStructure.of(pdf);
        assertThat(structure.headings("H3")).containsExactly("Schools / Northgate Primary School", "Schools / Westfield Academy");
        // Every table of people (one per unit and page) starts with the nine column headers, each with scope Column.
        List<List<List<String>>> people = structure.tables().stream().filter(t -> t.getFirst().getFirst().equals("TH:Person")).toList();
        assertThat(structure.tables()).hasSize(people.size() + 2);
        assertThat(people).hasSizeGreaterThan(2).allSatisfy(table -> {
            assertThat(table.getFirst()).containsExactly(cells("TH", "Person", "Kind", "Course or policy", "Status", "Due",
                    "Certificate code", "Completed", "Valid until", "Acknowledged"));
            assertThat(table.subList(1, table.size())).allSatisfy(row -> assertThat(row).hasSize(9)
                    .allSatisfy(cell -> assertThat(cell).startsWith("TD:")));
        });
        assertThat(structure.thScopes()).containsOnly("Column");
        assertThat(people.stream().mapToInt(t -> t.size() - 1).sum()).isEqualTo(pack.rows().size());
        // A long value is in its cell whole (its lines joined), not cut off and not spilling into the next cell.
        String longName = pack.rows().get(6).person();
        assertThat(people.stream().flatMap(List::stream).flatMap(List::stream))
                .contains(cells("TD", longName, pack.rows().get(6).item(), CODE, "version 1 only", "Tab and line break"));
        assertThat(PdfUaCheck.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(PdfUaCheck.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(render(twoUnits())).isEqualTo(pdf);
    }

    /** Cells as {@link PdfStructure} reads them: role, colon, the text without whitespace. */
    private static String[] cells(String role, String... values) {
        return java.util.Arrays.stream(values).map(v -> role + ":" + v.replaceAll("\\s+", "")).toArray(String[]::new);
    }

    @Test
    void the_csv_has_the_same_rows_with_formulas_neutralised() {
        EvidencePack pack = pack(2);
        String csv = new String(EvidenceCsv.write(pack), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(l -> l.startsWith("Person,"))).hasSize(pack.rows().size());
        assertThat(csv).contains("Summary,Schools,,,,,,,,,,,2,4,4,100,0", CODE);
        EvidencePack hostile = new EvidencePack("=HYPERLINK(\"x\")", "Schools", pack.asAt(), pack.tree(), pack.summary(), List.of());
        assertThat(new String(EvidenceCsv.write(hostile), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(",=HYPERLINK");
    }
}
