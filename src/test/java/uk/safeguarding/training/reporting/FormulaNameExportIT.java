package uk.safeguarding.training.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.IdentityService.NewPerson;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.EnrolmentFixture;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.support.FixtureTest;

/**
 * A name that a spreadsheet would run as a formula, stored by any route other than the CSV import (which refuses
 * it), is neutralised in both report exports.
 */
@FixtureTest
class FormulaNameExportIT {

    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";
    static final String EMAIL = "formula.name@export.test";

    @Autowired
    IdentityService identity;
    @Autowired
    PeopleFixture people;
    @Autowired
    CourseFixture courses;
    @Autowired
    EnrolmentFixture enrolments;
    @Autowired
    ReportExport export;

    private ReportFilter onlyTheFormulaPerson() {
        if (identity.findByEmail(EMAIL).isEmpty()) {
            long hotel = people.unit("Quayside Hotel").getId();
            UserAccount person = identity.createPerson(new NewPerson(EMAIL, FORMULA, hotel, Set.of(Role.LEARNER), null), null, false);
            enrolments.assigned(person, courses.minimal(), LocalDate.now().plusDays(60));
        }
        return ReportFilter.everything().withName(EMAIL);
    }

    @Test
    void the_csv_export_writes_the_name_as_text() throws IOException {
        ReportFilter filter = onlyTheFormulaPerson();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        people.asAdministrator(() -> export.csv(filter, out, n -> { }));
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(records).hasSize(1);
        assertThat(records.getFirst().get("Name")).isEqualTo("'" + FORMULA);
    }

    @Test
    void the_xlsx_export_writes_the_name_as_text_and_no_formula() throws IOException {
        ReportFilter filter = onlyTheFormulaPerson();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        people.asAdministrator(() -> export.xlsx(filter, out, n -> { }));
        Map<String, String> parts = unzip(out.toByteArray());
        String sheet = parts.entrySet().stream().filter(e -> e.getKey().startsWith("xl/worksheets/")).map(Map.Entry::getValue)
                .findFirst().orElseThrow();
        String text = parts.getOrDefault("xl/sharedStrings.xml", "") + sheet;
        assertThat(sheet).doesNotContain("<f>").doesNotContain("<f ");
        assertThat(text.replace("&apos;", "'").replace("&quot;", "\"")).contains("'" + FORMULA);
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("report", ".xlsx");
        try {
            Files.write(file, bytes);
            Map<String, String> parts = new HashMap<>();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    try (var in = zip.getInputStream(entry)) {
                        parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            return parts;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
