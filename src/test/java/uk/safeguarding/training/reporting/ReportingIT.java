package uk.safeguarding.training.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.learning.TrainingStatus;
import uk.safeguarding.training.support.AsUser;

/** Reports over the demo organisation; manager@demo.test manages Schools (Northgate and Riverside). */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class ReportingIT {

    static final String MANAGER = "manager@demo.test";
    static final String ADMIN = "admin@demo.test";

    @Autowired
    IdentityService identity;
    @Autowired
    ReportingService reporting;
    @Autowired
    ReportExport export;

    private List<ReportRow> all(String who, ReportFilter filter) {
        return AsUser.call(identity, who, () -> reporting.page(filter, ReportSort.NAME, true, 0, 10_000));
    }

    private long unit(String name) {
        return identity.allUnits().stream().filter(u -> u.getName().equals(name)).findFirst().map(OrganisationUnit::getId).orElseThrow();
    }

    @Test
    void the_status_filter_in_sql_agrees_with_the_status_rules_for_every_row() {
        List<ReportRow> everything = all(ADMIN, ReportFilter.everything());
        int total = 0;
        for (TrainingStatus status : TrainingStatus.values()) {
            List<ReportRow> filtered = all(ADMIN, ReportFilter.everything().withStatus(status));
            assertThat(filtered).allSatisfy(r -> assertThat(r.status()).isEqualTo(status));
            assertThat(filtered).hasSameSizeAs(everything.stream().filter(r -> r.status() == status).toList());
            total += filtered.size();
        }
        assertThat(total).isEqualTo(everything.size());
        assertThat(everything).extracting(ReportRow::status).contains(TrainingStatus.NOT_STARTED, TrainingStatus.IN_PROGRESS,
                TrainingStatus.DUE_SOON, TrainingStatus.OVERDUE, TrainingStatus.COMPLETED, TrainingStatus.EXPIRING);
    }

    @Test
    void a_manager_sees_their_units_and_below_and_nobody_in_a_sibling_unit() {
        List<ReportRow> rows = all(MANAGER, ReportFilter.everything());
        assertThat(rows).extracting(ReportRow::unit).containsOnly("Schools", "Northgate Primary School", "Riverside Academy");
        assertThat(rows).extracting(ReportRow::name).contains("Lena Learner", "Aisha Khan", "Ben Carter")
                .doesNotContain("Grace Hughes", "Harry Jones", "Katie Morgan");
        long hotel = unit("Quayside Hotel");
        ReportFilter sibling = ReportFilter.everything().withUnit(hotel);
        assertThat(all(MANAGER, sibling)).isEmpty();
        assertThat(AsUser.call(identity, MANAGER, () -> reporting.count(sibling))).isZero();
        assertThat(AsUser.call(identity, MANAGER, () -> reporting.summary(sibling).assignments())).isZero();
        assertThat(AsUser.call(identity, MANAGER, () -> reporting.complianceByUnit(ReportFilter.everything())))
                .extracting(UnitCompliance::unit).containsExactlyInAnyOrder("Northgate Primary School", "Riverside Academy");
        assertThat(AsUser.call(identity, MANAGER, () -> reporting.units())).extracting(OrganisationUnit::getName)
                .containsExactlyInAnyOrder("Schools", "Northgate Primary School", "Riverside Academy");
        long harry = identity.findByEmail("harry.jones@demo.test").orElseThrow().getId();
        assertThatThrownBy(() -> AsUser.call(identity, MANAGER, () -> reporting.history(harry))).isInstanceOf(AccessDeniedException.class);
        String csv = csv(MANAGER, ReportFilter.everything());
        assertThat(csv).contains("Aisha Khan").doesNotContain("Harry Jones").doesNotContain("Grace Hughes");
    }

    @Test
    void the_name_filter_searches_wildcards_and_backslashes_as_typed_text() {
        assertThat(all(ADMIN, ReportFilter.everything())).isNotEmpty();
        for (String typed : List.of("%", "_", "\\", "a\\%", "\\_")) {
            assertThat(all(ADMIN, ReportFilter.everything().withName(typed))).as("typed " + typed).isEmpty();
        }
        assertThat(all(ADMIN, ReportFilter.everything().withName("aisha khan"))).extracting(ReportRow::name).containsOnly("Aisha Khan");
    }

    @Test
    void learners_get_no_report_at_all() {
        assertThatThrownBy(() -> AsUser.call(identity, "learner@demo.test", () -> reporting.count(ReportFilter.everything())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(identity, "learner@demo.test", () -> export.csv(ReportFilter.everything(),
                new ByteArrayOutputStream(), n -> { }))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_csv_export_of_a_filtered_view_has_exactly_the_rows_the_grid_shows() throws Exception {
        ReportFilter overdue = ReportFilter.everything().withStatus(TrainingStatus.OVERDUE);
        List<ReportRow> grid = all(ADMIN, overdue);
        assertThat(grid).extracting(ReportRow::name).contains("Maya Owen", "Katie Morgan", "Liam Nolan");
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv(ADMIN, overdue).substring(1))).getRecords();
        List<List<String>> exported = new ArrayList<>();
        records.forEach(r -> exported.add(r.toList()));
        assertThat(exported).containsExactlyElementsOf(grid.stream().map(ReportExport::cells).toList());
    }

    @Test
    void the_history_lists_attempts_and_certificates() {
        long aisha = identity.findByEmail("aisha.khan@demo.test").orElseThrow().getId();
        PersonHistory history = AsUser.call(identity, MANAGER, () -> reporting.history(aisha));
        assertThat(history.attempts()).hasSize(2).anyMatch(PersonHistory.AttemptLine::passed).anyMatch(a -> !a.passed());
        assertThat(history.certificates()).hasSize(1);
    }

    @Test
    void spreadsheet_formulas_in_names_are_neutralised() {
        assertThat(ReportExport.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(ReportExport.safe("+44 1632")).startsWith("'");
        assertThat(ReportExport.safe("@SUM(A1)")).startsWith("'");
        assertThat(ReportExport.safe("-2")).startsWith("'");
        assertThat(ReportExport.safe("Aisha Khan")).isEqualTo("Aisha Khan");
    }

    private String csv(String who, ReportFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AsUser.run(identity, who, () -> export.csv(filter, out, n -> { }));
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
