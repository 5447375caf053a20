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
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.certificate.CertificateFixture;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.course.ScenarioDefinition.EndingKind;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.EnrolmentFixture;
import uk.safeguarding.training.learning.LearningService;
import uk.safeguarding.training.learning.ScenarioScreen;
import uk.safeguarding.training.learning.ScenarioService;
import uk.safeguarding.training.learning.TrainingStatus;
import uk.safeguarding.training.support.FixtureTest;

/**
 * Reports over an organisation each test builds for itself ({@link #organisation()}): Schools, with Northgate and
 * Riverside under it and one manager of the three, and a hotel beside it, with someone in every status. Reports that
 * the fixtures' administrator reads are narrowed to the test's own units, since other tests' people share the
 * application.
 */
@FixtureTest
class ReportingIT {

    @Autowired
    PeopleFixture people;
    @Autowired
    CourseFixture courses;
    @Autowired
    EnrolmentFixture enrolments;
    @Autowired
    CertificateFixture certificates;
    @Autowired
    ReportingService reporting;
    @Autowired
    ReportExport export;

    /** The units of one test's organisation, its manager (of Schools and below) and its people by first name. */
    record Organisation(OrganisationUnit top, OrganisationUnit schools, OrganisationUnit hotel, UserAccount manager,
                        java.util.Map<String, UserAccount> people) {

        UserAccount person(String firstName) {
            return people.get(firstName);
        }

        /** Everything in this organisation and nothing of other tests. */
        ReportFilter everything() {
            return ReportFilter.everything().withUnit(top.getId());
        }
    }

    /**
     * Northgate: Lena (not started), Isla (in progress), Maya (overdue) and Aisha (completed through the assessment,
     * failing once first); Riverside: Ben (not started), Jamal (started, due in three days) and Farhan (completed 60
     * days ago); the hotel: Grace (expiring), Harry (expired, with the refresher overdue), Katie and Liam (overdue).
     * The manager, a member of Schools, is in progress. All on the shipped course.
     */
    private Organisation organisation() {
        OrganisationUnit top = people.unit("Council");
        OrganisationUnit schools = people.unit("Schools", top);
        OrganisationUnit northgate = people.unit("Northgate Primary School", schools);
        OrganisationUnit riverside = people.unit("Riverside Academy", schools);
        OrganisationUnit hotel = people.unit("Quayside Hotel", top);
        UserAccount manager = people.manager("Manager", schools);
        PublishedCourse course = courses.shipped();
        LocalDate today = LocalDate.now();
        java.util.Map<String, UserAccount> named = new java.util.HashMap<>();
        for (String name : List.of("Lena", "Isla", "Maya", "Aisha")) {
            named.put(name, people.learner(name, northgate));
        }
        for (String name : List.of("Ben", "Jamal", "Farhan")) {
            named.put(name, people.learner(name, riverside));
        }
        for (String name : List.of("Grace", "Harry", "Katie", "Liam")) {
            named.put(name, people.learner(name, hotel));
        }
        enrolments.assigned(named.get("Lena"), course);
        enrolments.atPage(named.get("Isla"), course, 1, 2);
        enrolments.assigned(named.get("Maya"), course, today.minusDays(10));
        enrolments.failedThenPassedAssessment(named.get("Aisha"), course);
        enrolments.assigned(named.get("Ben"), course);
        long jamal = enrolments.assigned(named.get("Jamal"), course, today.plusDays(3)).getId();
        people.as(named.get("Jamal"), () -> learning.startOrContinue(jamal));
        certificates.valid(named.get("Farhan"), course);
        certificates.expiring(named.get("Grace"), course);
        certificates.expired(named.get("Harry"), course);
        enrolments.assigned(named.get("Katie"), course, today.minusDays(10));
        enrolments.assigned(named.get("Liam"), course, today.minusDays(10));
        enrolments.atPage(manager, course, 1, 3);
        return new Organisation(top, schools, hotel, manager, named);
    }

    private List<ReportRow> all(UserAccount who, ReportFilter filter) {
        return people.as(who, () -> reporting.page(filter, ReportSort.NAME, true, 0, 10_000));
    }

    private static List<String> names(UserAccount... persons) {
        return java.util.Arrays.stream(persons).map(UserAccount::getDisplayName).toList();
    }

    @Test
    void the_status_filter_in_sql_agrees_with_the_status_rules_for_every_row() {
        Organisation organisation = organisation();
        UserAccount admin = people.administrator();
        List<ReportRow> everything = all(admin, organisation.everything());
        int total = 0;
        for (TrainingStatus status : TrainingStatus.values()) {
            List<ReportRow> filtered = all(admin, organisation.everything().withStatus(status));
            assertThat(filtered).allSatisfy(r -> assertThat(r.status()).isEqualTo(status));
            assertThat(filtered).hasSameSizeAs(everything.stream().filter(r -> r.status() == status).toList());
            assertThat(people.as(admin, () -> reporting.overview(organisation.everything().withStatus(status)).rows()))
                    .as("the grid's size for " + status).isEqualTo(filtered.size());
            total += filtered.size();
        }
        assertThat(total).isEqualTo(everything.size());
        assertThat(everything).extracting(ReportRow::status).contains(TrainingStatus.NOT_STARTED, TrainingStatus.IN_PROGRESS,
                TrainingStatus.DUE_SOON, TrainingStatus.OVERDUE, TrainingStatus.COMPLETED, TrainingStatus.EXPIRING);
    }

    @Test
    void the_figures_the_chart_and_the_grid_size_of_one_statement_agree_with_the_rows() {
        Organisation organisation = organisation();
        UserAccount admin = people.administrator();
        List<ReportRow> everything = all(admin, organisation.everything());
        ReportOverview overview = people.as(admin, () -> reporting.overview(organisation.everything()));
        ReportSummary summary = overview.summary();
        assertThat(overview.rows()).isEqualTo(everything.size());
        assertThat(summary.assignments()).isEqualTo(everything.size());
        assertThat(summary.people()).as("people summed over units, each counted once")
                .isEqualTo(everything.stream().map(ReportRow::userId).distinct().count());
        assertThat(summary.compliant()).isEqualTo(everything.stream().filter(r -> r.status().compliant()).count());
        assertThat(summary.overdue()).isEqualTo(everything.stream().filter(r -> r.status() == TrainingStatus.OVERDUE).count());
        assertThat(summary.expiring()).isEqualTo(everything.stream().filter(r -> r.status() == TrainingStatus.EXPIRING).count());
        String hotel = organisation.hotel().getName();
        List<ReportRow> hotelRows = everything.stream().filter(r -> r.unit().equals(hotel)).toList();
        assertThat(overview.units()).extracting(UnitCompliance::unit, UnitCompliance::assignments, UnitCompliance::compliant)
                .containsExactlyInAnyOrder(
                        tuple(organisation.schools().getName(), (long) (everything.size() - hotelRows.size()),
                                everything.stream().filter(r -> !r.unit().equals(hotel) && r.status().compliant()).count()),
                        tuple(hotel, (long) hotelRows.size(), hotelRows.stream().filter(r -> r.status().compliant()).count()));
    }

    @Test
    void a_manager_sees_their_units_and_below_and_nobody_in_a_sibling_unit() {
        Organisation organisation = organisation();
        UserAccount manager = organisation.manager();
        String schools = organisation.schools().getName();
        String northgate = organisation.person("Aisha").getUnit().getName();
        String riverside = organisation.person("Ben").getUnit().getName();
        List<ReportRow> rows = all(manager, ReportFilter.everything());
        assertThat(rows).extracting(ReportRow::unit).containsOnly(schools, northgate, riverside);
        assertThat(rows).extracting(ReportRow::name).containsAll(names(organisation.person("Lena"), organisation.person("Aisha"),
                organisation.person("Ben"))).doesNotContainAnyElementsOf(names(organisation.person("Grace"),
                organisation.person("Harry"), organisation.person("Katie")));
        long hotel = organisation.hotel().getId();
        ReportFilter sibling = ReportFilter.everything().withUnit(hotel);
        assertThat(all(manager, sibling)).isEmpty();
        assertThat(people.as(manager, () -> reporting.overview(sibling).rows())).isZero();
        assertThat(people.as(manager, () -> reporting.overview(sibling).summary().assignments())).isZero();
        assertThat(people.as(manager, () -> reporting.overview(ReportFilter.everything()).units()))
                .extracting(UnitCompliance::unit).containsExactlyInAnyOrder(northgate, riverside);
        assertThat(people.as(manager, () -> reporting.units())).extracting(OrganisationUnit::getName)
                .containsExactlyInAnyOrder(schools, northgate, riverside);
        long harry = organisation.person("Harry").getId();
        assertThatThrownBy(() -> people.as(manager, () -> reporting.history(harry))).isInstanceOf(AccessDeniedException.class);
        String csv = csv(manager, ReportFilter.everything());
        assertThat(csv).contains(organisation.person("Aisha").getDisplayName())
                .doesNotContain(organisation.person("Harry").getDisplayName())
                .doesNotContain(organisation.person("Grace").getDisplayName());
    }

    @Test
    void the_name_filter_searches_wildcards_and_backslashes_as_typed_text() {
        Organisation organisation = organisation();
        UserAccount admin = people.administrator();
        assertThat(all(admin, organisation.everything())).isNotEmpty();
        for (String typed : List.of("%", "_", "\\", "a\\%", "\\_")) {
            assertThat(all(admin, organisation.everything().withName(typed))).as("typed " + typed).isEmpty();
        }
        String aisha = organisation.person("Aisha").getDisplayName();
        assertThat(all(admin, ReportFilter.everything().withName(aisha.toLowerCase()))).extracting(ReportRow::name)
                .containsOnly(aisha);
    }

    @Test
    void learners_get_no_report_at_all() {
        UserAccount learner = people.learner("Lena", people.unit("Reporting"));
        assertThatThrownBy(() -> people.as(learner, () -> reporting.overview(ReportFilter.everything())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.as(learner, () -> export.csv(ReportFilter.everything(),
                new ByteArrayOutputStream(), n -> { }))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_csv_export_of_a_filtered_view_has_exactly_the_rows_the_grid_shows() throws Exception {
        Organisation organisation = organisation();
        UserAccount admin = people.administrator();
        ReportFilter overdue = organisation.everything().withStatus(TrainingStatus.OVERDUE);
        List<ReportRow> grid = all(admin, overdue);
        assertThat(grid).extracting(ReportRow::name).containsAll(names(organisation.person("Maya"),
                organisation.person("Katie"), organisation.person("Liam")));
        assertThat(csvRows(admin, overdue)).containsExactlyElementsOf(grid.stream().map(ReportExport::cells).toList());
    }

    private List<List<String>> csvRows(UserAccount who, ReportFilter filter) throws Exception {
        var parser = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv(who, filter).substring(1)));
        List<CSVRecord> records = parser.getRecords();
        assertThat(parser.getHeaderNames()).containsExactlyElementsOf(ReportExport.HEADERS);
        List<List<String>> exported = new ArrayList<>();
        records.forEach(r -> exported.add(r.toList()));
        return exported;
    }

    @Autowired
    LearningService learning;
    @Autowired
    ScenarioService scenarios;

    /** Module 5 of the shipped CSE course lists all six scenarios; 2 is the hotel, 3 the private hire driver. */
    private ScenarioScreen play(UserAccount player, long enrolment, int scenario, String startOfChoice) {
        return people.as(player, () -> {
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
        UserAccount admin = people.administrator();
        UserAccount manager = people.manager("Manager", people.unit("Schools"));
        OrganisationUnit players = people.unit("Scenario players");
        UserAccount player = people.learner("Scenarist", players);
        UserAccount idle = people.learner("Idle", players);
        PublishedCourse course = courses.shipped();
        enrolments.assigned(idle, course, LocalDate.now().plusDays(60));
        long assignment = enrolments.assigned(player, course, LocalDate.now().plusDays(60)).getId();
        long enrolment = people.as(player, () -> learning.startOrContinue(assignment).enrolmentId());
        ReportFilter playerOnly = ReportFilter.everything().withName(player.getDisplayName());
        assertThat(all(admin, playerOnly)).singleElement().extracting(ReportRow::scenarios)
                .as("started, nothing played yet").isEqualTo("0 of 6 reached a good ending");

        // The hotel: harmful first, then a replay to a good ending; the driver: harmful only, twice.
        assertThat(play(player, enrolment, 2, "Check them in").summary().outcome()).isEqualTo(EndingKind.HARMFUL);
        people.as(player, () -> scenarios.replay(enrolment, 5, 2));
        play(player, enrolment, 2, "Phone the hotel's safeguarding lead");
        play(player, enrolment, 2, "Call 999 now");
        assertThat(play(player, enrolment, 2, "Stay calm").summary().outcome()).isEqualTo(EndingKind.GOOD);
        assertThat(play(player, enrolment, 3, "Keep driving").summary().outcome()).isEqualTo(EndingKind.HARMFUL);
        people.as(player, () -> scenarios.replay(enrolment, 5, 3));
        assertThat(play(player, enrolment, 3, "Keep driving").summary().outcome()).isEqualTo(EndingKind.HARMFUL);

        List<ReportRow> grid = all(admin, playerOnly);
        assertThat(grid).singleElement().satisfies(r -> {
            assertThat(r.scenariosGood()).as("two good plays of one scenario count once").isEqualTo(1);
            assertThat(r.scenariosTotal()).isEqualTo(6);
            assertThat(r.scenarios()).isEqualTo("1 of 6 reached a good ending");
        });
        List<List<String>> exported = csvRows(admin, playerOnly);
        assertThat(exported).containsExactlyElementsOf(grid.stream().map(ReportExport::cells).toList());
        assertThat(exported.getFirst().get(ReportExport.HEADERS.indexOf("Scenarios"))).isEqualTo("1 of 6 reached a good ending");

        List<ReportRow> idleRows = all(admin, ReportFilter.everything().withName(idle.getDisplayName()));
        assertThat(idleRows).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(TrainingStatus.NOT_STARTED);
            assertThat(r.scenarios()).as("not started: no figure").isEmpty();
        });
        assertThat(csvRows(admin, ReportFilter.everything().withName(idle.getDisplayName())))
                .containsExactlyElementsOf(idleRows.stream().map(ReportExport::cells).toList());
        assertThat(all(manager, playerOnly)).as("the scope rules are unchanged: not in the manager's units").isEmpty();

        PersonHistory history = people.as(admin, () -> reporting.history(player.getId()));
        assertThat(history.scenarioPlays()).extracting(PersonHistory.ScenarioPlayLine::scenario, PersonHistory.ScenarioPlayLine::outcome)
                .as("newest first").containsExactly(
                        tuple("The same young passenger, again", "harmful"),
                        tuple("The same young passenger, again", "harmful"),
                        tuple("Night shift on hotel reception", "good"),
                        tuple("Night shift on hotel reception", "harmful"));
        assertThat(people.as(admin, () -> reporting.history(idle.getId())).scenarioPlays()).isEmpty();
    }

    @Test
    void the_history_lists_attempts_and_certificates() {
        Organisation organisation = organisation();
        long aisha = organisation.person("Aisha").getId();
        PersonHistory history = people.as(organisation.manager(), () -> reporting.history(aisha));
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

    private String csv(UserAccount who, ReportFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        people.as(who, () -> export.csv(filter, out, n -> { }));
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
