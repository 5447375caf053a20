package uk.safeguarding.training.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.EnrolmentFixture;
import uk.safeguarding.training.support.FixtureTest;

/** Someone who never attempted the assessment has no last score: an empty cell, never "0%". */
@FixtureTest
class NeverAttemptedScoreIT {

    @Autowired
    PeopleFixture people;
    @Autowired
    CourseFixture courses;
    @Autowired
    EnrolmentFixture enrolments;
    @Autowired
    ReportingService reporting;
    @Autowired
    ReportExport export;

    ReportFilter onlyThem;

    @BeforeEach
    void aPersonWhoNeverAttempted() {
        UserAccount person = people.learner("Nora", people.unit("Reporting"));
        enrolments.assigned(person, courses.minimal(), LocalDate.now().plusDays(60));
        onlyThem = ReportFilter.everything().withName(person.getEmail());
    }

    @Test
    void the_grid_row_has_no_score() {
        List<ReportRow> rows = people.asAdministrator(() -> reporting.page(onlyThem, ReportSort.NAME, true, 0, 10));
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.lastScore()).isNull());
    }

    @Test
    void the_csv_export_has_an_empty_last_score() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        people.asAdministrator(() -> export.csv(onlyThem, out, n -> { }));
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(records).singleElement().satisfies(r -> assertThat(r.get("Last score")).isEmpty());
    }

    @Test
    void the_xlsx_export_has_an_empty_last_score() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        people.asAdministrator(() -> export.xlsx(onlyThem, out, n -> { }));
        String sheetAndStrings = "";
        java.nio.file.Path file = java.nio.file.Files.createTempFile("report", ".xlsx");
        try {
            java.nio.file.Files.write(file, out.toByteArray());
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    if (entry.getName().startsWith("xl/worksheets/") || entry.getName().equals("xl/sharedStrings.xml")) {
                        try (var in = zip.getInputStream(entry)) {
                            sheetAndStrings += new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        }
                    }
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        assertThat(sheetAndStrings).contains("Last score").doesNotContain(">0%<");
    }
}
