package uk.safeguarding.training.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.learning.LearningService;
import uk.safeguarding.training.learning.ScenarioScreen;
import uk.safeguarding.training.learning.ScenarioService;
import uk.safeguarding.training.learning.TrainingStatus;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.FreshPeople;

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
        assertThat(csvRows(ADMIN, overdue)).containsExactlyElementsOf(grid.stream().map(ReportExport::cells).toList());
    }

    private List<List<String>> csvRows(String who, ReportFilter filter) throws Exception {
        var parser = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv(who, filter).substring(1)));
        List<CSVRecord> records = parser.getRecords();
        assertThat(parser.getHeaderNames()).containsExactlyElementsOf(ReportExport.HEADERS);
        List<List<String>> exported = new ArrayList<>();
        records.forEach(r -> exported.add(r.toList()));
        return exported;
    }

    @Autowired
    AssignmentService assignments;
    @Autowired
    LearningService learning;
    @Autowired
    ScenarioService scenarios;
    @Autowired
    JdbcTemplate jdbc;

    /** Module 5 of the shipped CSE course lists all six scenarios; 2 is the hotel, 3 the private hire driver. */
    private ScenarioScreen play(String email, long enrolment, int scenario, String startOfChoice) {
        return AsUser.call(identity, email, () -> {
            ScenarioScreen.Situation now = scenarios.open(enrolment, 5, scenario).situation();
            List<String> choices = now.choices();
            int position = -1;
            for (int i = 0; i < choices.size(); i++) {
                if (choices.get(i).startsWith(startOfChoice)) {
                    position = i;
                }
            }
            assertThat(position).as("a choice starting '%s' in %s", startOfChoice, choices).isNotNegative();
            return scenarios.choose(enrolment, 5, scenario, now.choice(position));
        });
    }

    @Test
    void scenario_completion_counts_scenarios_with_a_good_ending_and_the_csv_shows_what_the_grid_shows() throws Exception {
        FreshPeople people = new FreshPeople(identity, assignments, jdbc);
        UserAccount player = people.learner("Scenarist");
        UserAccount idle = people.learner("Idle");
        for (UserAccount person : List.of(player, idle)) {
            AsUser.run(identity, ADMIN, () -> assignments.assign(person.getId(), "cse-awareness",
                    LocalDate.now().plusDays(60), "test"));
        }
        String email = player.getEmail();
        long enrolment = AsUser.call(identity, email,
                () -> learning.startOrContinue(learning.myTraining().getFirst().assignmentId()).enrolmentId());
        ReportFilter playerOnly = ReportFilter.everything().withName(player.getDisplayName());
        assertThat(all(ADMIN, playerOnly)).singleElement().extracting(ReportRow::scenarios)
                .as("started, nothing played yet").isEqualTo("0 of 6 reached a good ending");

        // The hotel: harmful first, then a replay to a good ending; the driver: harmful only, twice.
        assertThat(play(email, enrolment, 2, "Check them in").summary().outcome()).isEqualTo(EndingKind.HARMFUL);
        AsUser.call(identity, email, () -> scenarios.replay(enrolment, 5, 2));
        play(email, enrolment, 2, "Phone the hotel's safeguarding lead");
        play(email, enrolment, 2, "Call 999 now");
        assertThat(play(email, enrolment, 2, "Stay calm").summary().outcome()).isEqualTo(EndingKind.GOOD);
        assertThat(play(email, enrolment, 3, "Keep driving").summary().outcome()).isEqualTo(EndingKind.HARMFUL);
        AsUser.call(identity, email, () -> scenarios.replay(enrolment, 5, 3));
        assertThat(play(email, enrolment, 3, "Keep driving").summary().outcome()).isEqualTo(EndingKind.HARMFUL);

        List<ReportRow> grid = all(ADMIN, playerOnly);
        assertThat(grid).singleElement().satisfies(r -> {
            assertThat(r.scenariosGood()).as("two good plays of one scenario count once").isEqualTo(1);
            assertThat(r.scenariosTotal()).isEqualTo(6);
            assertThat(r.scenarios()).isEqualTo("1 of 6 reached a good ending");
        });
        List<List<String>> exported = csvRows(ADMIN, playerOnly);
        assertThat(exported).containsExactlyElementsOf(grid.stream().map(ReportExport::cells).toList());
        assertThat(exported.getFirst().get(ReportExport.HEADERS.indexOf("Scenarios"))).isEqualTo("1 of 6 reached a good ending");

        List<ReportRow> idleRows = all(ADMIN, ReportFilter.everything().withName(idle.getDisplayName()));
        assertThat(idleRows).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(TrainingStatus.NOT_STARTED);
            assertThat(r.scenarios()).as("not started: no figure").isEmpty();
        });
        assertThat(csvRows(ADMIN, ReportFilter.everything().withName(idle.getDisplayName())))
                .containsExactlyElementsOf(idleRows.stream().map(ReportExport::cells).toList());
        assertThat(all(MANAGER, playerOnly)).as("the scope rules are unchanged: not in the manager's units").isEmpty();

        PersonHistory history = AsUser.call(identity, ADMIN, () -> reporting.history(player.getId()));
        assertThat(history.scenarioPlays()).extracting(PersonHistory.ScenarioPlayLine::scenario, PersonHistory.ScenarioPlayLine::outcome)
                .as("newest first").containsExactly(
                        tuple("The same young passenger, again", "harmful"),
                        tuple("The same young passenger, again", "harmful"),
                        tuple("Night shift on hotel reception", "good"),
                        tuple("Night shift on hotel reception", "harmful"));
        assertThat(AsUser.call(identity, ADMIN, () -> reporting.history(idle.getId())).scenarioPlays()).isEmpty();
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
