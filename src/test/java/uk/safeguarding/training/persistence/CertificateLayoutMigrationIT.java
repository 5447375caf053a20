package uk.safeguarding.training.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V36 adds {@code certificate.layout} to a table that holds certificates people already have: every one of them must
 * come out as layout 1, the layout that re-renders the bytes they were first given (docs/decisions/0036), on H2 and
 * on PostgreSQL alike. Flyway alone, no application: the database is migrated to V35, given certificates, then
 * migrated on.
 */
class CertificateLayoutMigrationIT {

    private static final OffsetDateTime ISSUED = OffsetDateTime.of(2025, 6, 2, 9, 30, 0, 0, ZoneOffset.UTC);

    @Test
    void on_h2_certificates_issued_before_v36_are_layout_1() {
        String url = "jdbc:h2:mem:layout-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        certificatesIssuedBeforeV36AreLayout1(new DriverManagerDataSource(url, "sa", ""));
    }

    @Test
    void on_postgresql_certificates_issued_before_v36_are_layout_1() throws Exception {
        TestPostgres postgres = TestPostgres.fromEnvironment().requireReachable();
        postgres.recreatePublicSchema();
        certificatesIssuedBeforeV36AreLayout1(new DriverManagerDataSource(postgres.url(), postgres.user(),
                postgres.password()));
    }

    private static void certificatesIssuedBeforeV36AreLayout1(DataSource database) {
        migrate(database, "35");
        JdbcTemplate jdbc = new JdbcTemplate(database);
        List<Long> issued = List.of(certificate(jdbc, "ABCDEFGHJKMNPQRSTVWX"), certificate(jdbc, "23456789ABCDEFGHJKMN"));

        migrate(database, "36");

        assertThat(jdbc.queryForList("select layout from certificate order by id", Integer.class))
                .as("every certificate already issued").hasSize(issued.size()).containsOnly(1);
        assertThat(jdbc.queryForObject("select count(*) from certificate where layout is null", Integer.class)).isZero();
        // A row written by SQL without the column (the benchmark's and cluster test's data) is layout 1 too.
        certificate(jdbc, "QRSTVWXYZ23456789ABC");
        jdbc.update("update certificate set layout = 2 where id = ?", issued.getLast());
        assertThat(jdbc.queryForList("select layout from certificate order by id", Integer.class)).containsExactly(1, 2, 1);
    }

    private static void migrate(DataSource database, String target) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target).load().migrate();
    }

    /** A certificate with the rows it refers to (unit, person, course, version, assignment, enrolment), as of V35. */
    private static long certificate(JdbcTemplate jdbc, String code) {
        String suffix = code.toLowerCase();
        long unit = insert(jdbc, "insert into organisation_unit (version, name, parent_id, path, retired) "
                + "values (0, ?, null, '/', false)", "Unit " + suffix);
        long person = insert(jdbc, "insert into user_account (version, email, display_name, active, "
                + "must_change_password, joined_on, created_at, unit_id) values (0, ?, 'Aisha Khan', true, false, ?, ?, ?)",
                suffix + "@example.org", LocalDate.of(2024, 1, 8), ISSUED, unit);
        long course = insert(jdbc, "insert into course (version, course_key, title, created_at) values (0, ?, ?, ?)",
                "course-" + suffix, "Safeguarding essentials", ISSUED);
        long version = insert(jdbc, "insert into course_version (version, course_id, version_number, content_hash, "
                + "definition_json, published_at, published_by) values (0, ?, 1, ?, '{}', ?, 'admin@example.org')",
                course, "0".repeat(64), ISSUED);
        long assignment = insert(jdbc, "insert into assignment (version, user_id, course_id, due_on, assigned_at, "
                + "assigned_by, reason) values (0, ?, ?, ?, ?, 'admin@example.org', 'MANUAL')",
                person, course, LocalDate.of(2025, 7, 1), ISSUED);
        long enrolment = insert(jdbc, "insert into enrolment (version, assignment_id, user_id, course_version_id, "
                + "started_at, last_activity_at, stage, module_index, page_index, completed_at, score_percent) "
                + "values (0, ?, ?, ?, ?, ?, 'COMPLETED', 0, 0, ?, 93)",
                assignment, person, version, ISSUED, ISSUED, ISSUED);
        return insert(jdbc, "insert into certificate (version, code, enrolment_id, user_id, course_id, learner_name, "
                + "course_title, course_version_number, completed_on, score_percent, valid_until, issuing_organisation, "
                + "issued_at, cycle_started_on) values (0, ?, ?, ?, ?, 'Aisha Khan', 'Safeguarding essentials', 1, ?, 93, "
                + "?, 'Harbour City Council', ?, ?)",
                code, enrolment, person, course, LocalDate.of(2025, 6, 2), LocalDate.of(2026, 6, 2), ISSUED,
                LocalDate.of(2025, 6, 2));
    }

    private static long insert(JdbcTemplate jdbc, String sql, Object... values) {
        jdbc.update(sql, values);
        return jdbc.queryForObject("select max(id) from " + sql.split(" ")[2], Long.class);
    }
}
