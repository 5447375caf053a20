package uk.safeguarding.training.staffimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.PersonJoinedUnit;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.staffimport.StaffImportRow.Outcome;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.learning.DueDateRule;
import uk.safeguarding.training.support.AsUser;

/**
 * The staff CSV import against the demo organisation, in an application of its own (the test configuration below
 * gives it its own context and database), because it adds thousands of people and moves demo people around.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@RecordApplicationEvents
class StaffImportIT {

    static final String ADMIN = "admin@demo.test";
    static final String FIXTURE = "staff-import.csv";

    /** Fails the import part-way when armed, to prove nothing of it stays. */
    @TestConfiguration
    static class FailingListener {
        static final AtomicInteger failAfter = new AtomicInteger(-1);

        @EventListener
        void on(PersonJoinedUnit joined) {
            if (failAfter.get() >= 0 && failAfter.decrementAndGet() < 0) {
                throw new IllegalStateException("Simulated failure part-way through the import");
            }
        }
    }

    @Autowired
    IdentityService identity;
    @Autowired
    StaffImportService imports;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    AssignmentService assignments;
    @Autowired
    CourseCatalog catalog;

    static byte[] fixture() throws IOException {
        try (var in = StaffImportIT.class.getResourceAsStream("/identity/" + FIXTURE)) {
            return in.readAllBytes();
        }
    }

    private StaffImportPlan preview(String fileName, byte[] csv) {
        return AsUser.call(identity, ADMIN, () -> imports.preview(fileName, csv, n -> { }));
    }

    private StaffImportResult confirm(StaffImportPlan plan, java.util.function.IntConsumer progress) {
        return AsUser.call(identity, ADMIN, () -> imports.confirm(plan, progress));
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void the_fixture_gives_exactly_the_expected_preview_and_result_and_a_reimport_changes_nothing() throws IOException {
        long course = catalog.newest("cse-awareness").orElseThrow().courseId();
        long youth = identity.allUnits().stream().filter(u -> u.getName().equals("Youth Service")).findFirst().orElseThrow().getId();
        AsUser.run(identity, ADMIN, () -> assignments.assignToUnits(Set.of(youth), course, DueDateRule.daysAfterJoining(30)));

        StaffImportPlan plan = preview(FIXTURE, fixture());

        assertThat(plan.fileProblems()).isEmpty();
        assertThat(plan.rows()).extracting(StaffImportRow::row, StaffImportRow::outcome, StaffImportRow::changes, StaffImportRow::problems)
                .containsExactly(
                        tuple(2, Outcome.CREATE, List.of(), List.of()),
                        tuple(3, Outcome.CREATE, List.of(), List.of()),
                        tuple(4, Outcome.UPDATE, List.of("unit: Harbour City Council/Schools/Riverside Academy → "
                                + "Harbour City Council/Schools/Northgate Primary School"), List.of()),
                        tuple(5, Outcome.UNCHANGED, List.of(), List.of()),
                        tuple(6, Outcome.REFUSED, List.of(), List.of(
                                "Row 6, email: new.starter@import.test duplicates row 2; each person may appear once")),
                        tuple(7, Outcome.REFUSED, List.of(), List.of("Row 7, unit: no unit 'Harbour City Council/Schools/Atlantis "
                                + "Academy': 'Atlantis Academy' is not a unit in 'Harbour City Council/Schools'")),
                        tuple(8, Outcome.REFUSED, List.of(), List.of("Row 8, email: 'not-an-email' is not a valid email address")),
                        tuple(9, Outcome.REFUSED, List.of(), List.of("Row 9, name: missing")),
                        tuple(10, Outcome.REFUSED, List.of(), List.of(
                                "Row 10, name: starts with '=' which spreadsheet programs run as a formula")),
                        tuple(11, Outcome.REFUSED, List.of(), List.of(
                                "Row 11, roles: unknown role 'boss' (use learner, manager, trainer or admin, separated by ';')")),
                        tuple(13, Outcome.REFUSED, List.of(), List.of("Row 13, managed units: no unit "
                                + "'Harbour City Council/Nowhere': 'Nowhere' is not a unit in 'Harbour City Council'")),
                        tuple(14, Outcome.CREATE, List.of(), List.of()));
        assertThat(count("select count(*) from user_account where email like '%@import.test'")).isZero();
        long eventsBefore = events.stream(PersonJoinedUnit.class).count();
        int importedBefore = audit.byAction(AuditAction.PEOPLE_IMPORTED).size();

        StaffImportResult result = confirm(plan, n -> { });

        assertThat(result).isEqualTo(new StaffImportResult(3, 1, 1, 7));
        UserAccount nadia = identity.findByEmail("new.starter@import.test").orElseThrow();
        assertThat(nadia.getDisplayName()).isEqualTo("Nadia Starter");
        assertThat(nadia.getRoles()).containsExactly(Role.LEARNER);
        assertThat(nadia.getPasswordHash()).as("new people get no password").isNull();
        UserAccount owen = identity.findByEmail("new.manager@import.test").orElseThrow();
        assertThat(owen.getRoles()).containsExactlyInAnyOrder(Role.LEARNER, Role.MANAGER);
        assertThat(identity.managedPathPrefixes(owen.getId())).containsExactly(identity.unit(youth).orElseThrow().getPath());
        assertThat(count("select count(*) from assignment where user_id = ?", owen.getId()))
                .as("the unit assignment of Youth Service follows the new person").isEqualTo(1);
        assertThat(identity.findByEmail("nina.trainer@import.test").orElseThrow().getRoles())
                .containsExactlyInAnyOrder(Role.TRAINER, Role.LEARNER);
        assertThat(count("select count(*) from user_account u join organisation_unit o on o.id = u.unit_id "
                + "where u.email = 'farhan.ali@demo.test' and o.name = 'Northgate Primary School'")).isEqualTo(1);
        assertThat(count("select count(*) from user_account where email in ('evil@import.test', 'lost.soul@import.test', "
                + "'no.name@import.test', 'boss@import.test', 'tom.manager@import.test')")).isZero();
        assertThat(count("select count(*) from user_account where display_name like '=%'")).isZero();
        assertThat(events.stream(PersonJoinedUnit.class).count() - eventsBefore).isEqualTo(4);
        assertThat(audit.byAction(AuditAction.PEOPLE_IMPORTED)).hasSize(importedBefore + 1).first()
                .satisfies(e -> {
                    assertThat(e.getSubject()).isEqualTo(FIXTURE);
                    assertThat(e.getDetails()).isEqualTo("3 created, 1 updated, 1 unchanged, 7 rows refused");
                    assertThat(e.getActor()).isEqualTo(ADMIN);
                });
        assertThat(audit.byAction(AuditAction.USER_CREATED)).extracting(e -> e.getSubject())
                .contains("new.starter@import.test", "new.manager@import.test", "nina.trainer@import.test");
        assertThat(audit.byAction(AuditAction.UNIT_CHANGED)).first().satisfies(e -> assertThat(e.getDetails())
                .isEqualTo("Import: moved to Harbour City Council/Schools/Northgate Primary School"));

        int auditBefore = count("select count(*) from audit_entry");
        long eventsBeforeReimport = events.stream(PersonJoinedUnit.class).count();
        StaffImportPlan again = preview(FIXTURE, fixture());
        assertThat(again.rows()).filteredOn(r -> r.outcome() != Outcome.REFUSED).extracting(StaffImportRow::outcome)
                .containsOnly(Outcome.UNCHANGED).hasSize(5);
        assertThat(again.hasWork()).isFalse();
        assertThat(confirm(again, n -> { })).isEqualTo(new StaffImportResult(0, 0, 5, 7));
        assertThat(count("select count(*) from audit_entry")).as("one PEOPLE_IMPORTED entry and nothing else").isEqualTo(auditBefore + 1);
        assertThat(events.stream(PersonJoinedUnit.class).count()).isEqualTo(eventsBeforeReimport);
    }

    @Test
    void ten_thousand_rows_import_with_progress() {
        StringBuilder csv = new StringBuilder("email,name,unit,roles\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("person").append(i).append("@scale.test,Person ").append(i)
                    .append(",Harbour City Council/Licensing and Hospitality/Quayside Hotel,learner\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        List<Integer> checked = new ArrayList<>();
        long start = System.nanoTime();
        StaffImportPlan plan = AsUser.call(identity, ADMIN, () -> imports.preview("scale.csv", bytes, checked::add));
        double previewSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(plan.count(Outcome.CREATE)).isEqualTo(10_000);
        assertThat(checked).hasSizeGreaterThan(10).isSorted().last().isEqualTo(10_000);

        List<Integer> written = new ArrayList<>();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        StaffImportResult result = confirm(plan, written::add);
        double importSeconds = (System.nanoTime() - start) / 1e9;
        double importCpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        // A figure to read, not a timed assertion: the CPU time says more than the wall time on a shared machine.
        System.out.printf("staff_import.10k.preview.seconds=%.2f s%nstaff_import.10k.import.seconds=%.2f s%n"
                + "staff_import.10k.import.cpu_seconds=%.2f s%n", previewSeconds, importSeconds, importCpuSeconds);

        assertThat(result.created()).isEqualTo(10_000);
        assertThat(written).hasSizeGreaterThan(10).isSorted().last().isEqualTo(10_000);
        assertThat(count("select count(*) from user_account where email like '%@scale.test'")).isEqualTo(10_000);
        assertThat(count("select count(*) from user_role r join user_account u on u.id = r.user_id where u.email like '%@scale.test'"))
                .isEqualTo(10_000);
    }

    @Test
    void a_failure_part_way_through_writes_nothing_at_all() {
        StringBuilder csv = new StringBuilder("email,name,unit\n");
        for (int i = 0; i < 1_200; i++) {
            csv.append("rollback").append(i).append("@rollback.test,Roll Back ").append(i).append(",Harbour City Council\n");
        }
        StaffImportPlan plan = preview("rollback.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(plan.count(Outcome.CREATE)).isEqualTo(1_200);
        int auditBefore = count("select count(*) from audit_entry");
        FailingListener.failAfter.set(700);
        try {
            assertThatThrownBy(() -> confirm(plan, n -> { })).hasMessageContaining("Simulated failure");
        } finally {
            FailingListener.failAfter.set(-1);
        }
        assertThat(count("select count(*) from user_account where email like '%@rollback.test'")).isZero();
        assertThat(count("select count(*) from audit_entry")).isEqualTo(auditBefore);
    }

    @Test
    void a_change_between_preview_and_confirm_stops_the_import_and_shows_the_new_preview() {
        String csv = "email,name,unit\nfirst@changed.test,First,Harbour City Council\nsecond@changed.test,Second,Harbour City Council\n";
        StaffImportPlan plan = preview("changed.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(plan.rows()).extracting(StaffImportRow::outcome).containsExactly(Outcome.CREATE, Outcome.CREATE);
        long council = identity.allUnits().getFirst().getId();
        identity.createPerson(new IdentityService.NewPerson("second@changed.test", "Someone Else", council, Set.of(Role.LEARNER),
                null), null, false);

        assertThatThrownBy(() -> confirm(plan, n -> { })).isInstanceOfSatisfying(StaffImportChangedException.class, e ->
                assertThat(e.freshPlan().rows()).extracting(StaffImportRow::outcome, StaffImportRow::changes).containsExactly(
                        tuple(Outcome.CREATE, List.of()), tuple(Outcome.UPDATE, List.of("name: Someone Else → Second"))));
        assertThat(identity.findByEmail("first@changed.test")).isEmpty();
        assertThat(identity.findByEmail("second@changed.test").orElseThrow().getDisplayName()).isEqualTo("Someone Else");
    }

    @Test
    void only_administrators_may_preview_or_import() {
        StaffImportPlan plan = preview("x.csv", "email,name,unit\nx@denied.test,X,Harbour City Council\n".getBytes(StandardCharsets.UTF_8));
        for (String who : List.of("learner@demo.test", "manager@demo.test", "trainer@demo.test")) {
            assertThatThrownBy(() -> AsUser.call(identity, who, () -> imports.preview("x.csv", new byte[0], n -> { })))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.call(identity, who, () -> imports.confirm(plan, n -> { })))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> imports.preview("x.csv", new byte[0], n -> { })).isInstanceOf(Exception.class);
        assertThat(identity.findByEmail("x@denied.test")).isEmpty();
    }

    @Test
    void a_file_without_the_required_columns_is_refused_as_a_whole() {
        StaffImportPlan plan = preview("bad.csv", "email,name\nx@y.test,X\n".getBytes(StandardCharsets.UTF_8));
        assertThat(plan.rows()).isEmpty();
        assertThat(plan.fileProblems()).singleElement().asString().startsWith("The file has no 'unit' column.");
        assertThat(plan.hasWork()).isFalse();
        assertThatThrownBy(() -> confirm(plan, n -> { })).isInstanceOf(IllegalArgumentException.class);
    }
}
