package uk.safeguarding.training.staffimport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.staffimport.StaffCsvRow;
import uk.safeguarding.training.staffimport.internal.StaffCsvParser.ParsedFile;

class StaffCsvParserTest {

    private static ParsedFile parse(String text) {
        return StaffCsvParser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void columns_are_found_by_name_in_any_order_and_letter_case_with_or_without_a_byte_order_mark() {
        String csv = "Unit,NAME,Managed Units,E-mail,Roles\r\nCouncil/Schools,Ann Example,Council,ann@example.org,manager\r\n";
        ParsedFile plain = parse(csv);
        ParsedFile withBom = parse("\uFEFF" + csv);
        StaffCsvRow expected = new StaffCsvRow(2, "ann@example.org", "Ann Example", "Council/Schools", "manager", "Council");
        assertThat(plain.problems()).isEmpty();
        assertThat(plain.rows()).containsExactly(expected);
        assertThat(withBom.rows()).containsExactly(expected);
    }

    @Test
    void blank_rows_are_skipped_but_counted_so_row_numbers_match_the_spreadsheet() {
        ParsedFile file = parse("email,name,unit\n\na@example.org,A,U\n,,\nb@example.org,B,U\n\n\n");
        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).extracting(StaffCsvRow::row).containsExactly(3, 5);
    }

    @Test
    void a_quoted_cell_over_two_lines_is_still_one_row() {
        ParsedFile file = parse("email,name,unit\na@example.org,\"A\nB\",U\nc@example.org,C,U\n");
        assertThat(file.rows()).extracting(StaffCsvRow::row).containsExactly(2, 3);
        assertThat(file.rows().getFirst().name()).isEqualTo("A\nB");
    }

    @Test
    void optional_columns_and_short_rows_read_as_empty_and_unknown_columns_are_listed() {
        ParsedFile file = parse("email,name,unit,phone\na@example.org,A\n");
        assertThat(file.rows()).containsExactly(new StaffCsvRow(2, "a@example.org", "A", "", "", ""));
        assertThat(file.ignoredColumns()).containsExactly("phone");
    }

    @Test
    void a_missing_required_column_is_named() {
        ParsedFile file = parse("email,name\na@example.org,A\n");
        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).containsExactly("The file has no 'unit' column. " + StaffCsvParser.COLUMNS_HINT);
    }

    @Test
    void a_semicolon_separated_file_gets_a_hint() {
        assertThat(parse("email;name;unit\na;b;c\n").problems()).hasSize(3)
                .allSatisfy(p -> assertThat(p).contains("separated by ';'"));
    }

    @Test
    void a_column_named_twice_is_refused() {
        assertThat(parse("email,name,unit,Email\n").problems()).containsExactly("The column 'Email' appears twice in row 1.");
    }

    @Test
    void empty_files_other_encodings_broken_quotes_and_oversized_files_are_refused_with_a_reason() {
        assertThat(StaffCsvParser.parse(new byte[0]).problems()).singleElement().asString().startsWith("The file is empty.");
        assertThat(parse("\n\n").problems()).singleElement().asString().startsWith("The file has no rows.");
        assertThat(StaffCsvParser.parse("email,name,unit\nb@x.org,Bj\u00f6rn,U\n".getBytes(StandardCharsets.ISO_8859_1)).problems())
                .containsExactly("The file is not UTF-8 text. Save it as \"CSV UTF-8 (comma delimited)\".");
        assertThat(parse("email,name,unit\na@example.org,\"A,U\n").problems()).singleElement().asString()
                .startsWith("The file is not valid CSV");
        assertThat(StaffCsvParser.parse(new byte[StaffCsvParser.MAX_BYTES + 1]).problems()).singleElement().asString()
                .contains("larger than 5 MB");
    }
}
