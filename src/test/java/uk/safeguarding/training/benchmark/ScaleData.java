package uk.safeguarding.training.benchmark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A large organisation for the report benchmark: {@code people} learners in {@code units} units (one root, 20
 * departments, teams below), each assigned the course, most started, about half completed with an attempt and a
 * certificate (some expiring, some expired), some overdue. Written with JDBC batches straight into the tables.
 */
final class ScaleData {

    private final JdbcTemplate jdbc;
    private final Random random = new Random(20261122);

    ScaleData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void generate(int people, int units, long courseId, long versionId, LocalDate today) {
        Instant now = today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        jdbc.update("insert into organisation_unit (version, name, parent_id, path, retired) values (0, 'Scale Trust', null, '/x/', false)");
        long root = jdbc.queryForObject("select id from organisation_unit where name = 'Scale Trust'", Long.class);
        jdbc.update("update organisation_unit set path = ? where id = ?", "/" + root + "/", root);
        List<long[]> teams = new ArrayList<>();
        List<String> teamPaths = new ArrayList<>();
        int departments = 20;
        for (int d = 0; d < departments; d++) {
            long dept = insertUnit("Department " + d, root, "/" + root + "/");
            String deptPath = "/" + root + "/" + dept + "/";
            int teamCount = (units - 1 - departments) / departments + (d < (units - 1 - departments) % departments ? 1 : 0);
            for (int t = 0; t < teamCount; t++) {
                long team = insertUnit("Team " + d + "-" + t, dept, deptPath);
                teams.add(new long[] {team});
                teamPaths.add(deptPath + team + "/");
            }
        }
        List<Object[]> users = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            users.add(new Object[] {"person" + i + "@scale.test", "Person " + String.format("%05d", i),
                    teams.get(i % teams.size())[0], Date.valueOf(today.minusDays(random.nextInt(2000))), Timestamp.from(now)});
        }
        jdbc.batchUpdate("insert into user_account (version, email, display_name, password_hash, active, must_change_password, "
                + "joined_on, created_at, unit_id) values (0, ?, ?, null, true, false, ?, ?, ?)",
                users.stream().map(u -> new Object[] {u[0], u[1], u[3], u[4], u[2]}).toList());
        jdbc.update("insert into user_role (user_id, role) select id, 'LEARNER' from user_account where email like '%@scale.test'");
        jdbc.update("insert into assignment (version, user_id, course_id, due_on, assigned_at, assigned_by, reason) "
                + "select 0, id, ?, ?, ?, 'scale', 'INITIAL' from user_account where email like '%@scale.test'",
                courseId, Date.valueOf(today.plusDays(30)), Timestamp.from(now));
        // Spread the due dates: some overdue, some due soon, most later.
        List<Long> assignmentIds = jdbc.queryForList("select a.id from assignment a join user_account u on u.id = a.user_id "
                + "where u.email like '%@scale.test' order by a.id", Long.class);
        List<Object[]> dues = new ArrayList<>();
        List<Object[]> enrolments = new ArrayList<>();
        for (long id : assignmentIds) {
            dues.add(new Object[] {Date.valueOf(today.plusDays(random.nextInt(150) - 60)), id});
            int roll = random.nextInt(100);
            if (roll < 75) {
                boolean completed = roll < 50;
                Instant completedAt = now.minus(random.nextInt(400), ChronoUnit.DAYS);
                enrolments.add(new Object[] {id, Timestamp.from(now.minus(420, ChronoUnit.DAYS)), completed ? "DONE" : "PAGE",
                        completed ? Timestamp.from(completedAt) : null, completed ? 80 + random.nextInt(21) : null,
                        completed ? 80 + random.nextInt(21) : 60});
            }
        }
        jdbc.batchUpdate("update assignment set due_on = ? where id = ?", dues);
        jdbc.batchUpdate("insert into enrolment (version, assignment_id, user_id, course_version_id, started_at, last_activity_at, "
                + "stage, module_index, page_index, completed_at, score_percent, last_attempt_score) "
                + "select 0, a.id, a.user_id, " + versionId + ", ?, ?, ?, 0, 0, ?, ?, ? from assignment a where a.id = ?",
                enrolments.stream().map(e -> new Object[] {e[1], e[1], e[2], e[3], e[4], e[5], e[0]}).toList());
        jdbc.update("insert into attempt (version, enrolment_id, course_version_id, number, started_at, draw_json, submitted_at, "
                + "answers_json, correct_count, question_count, score_percent, passed) "
                + "select 0, e.id, e.course_version_id, 1, e.started_at, '[]', e.last_activity_at, '{}', 13, 15, e.last_attempt_score, "
                + "e.completed_at is not null from enrolment e join user_account u on u.id = e.user_id where u.email like '%@scale.test'");
        List<Object[]> certificates = jdbc.query("select e.id, e.user_id, u.display_name, e.completed_at, e.score_percent "
                + "from enrolment e join user_account u on u.id = e.user_id where e.completed_at is not null and u.email like '%@scale.test'",
                (rs, i) -> {
                    LocalDate completed = rs.getTimestamp(4).toLocalDateTime().toLocalDate();
                    return new Object[] {"S" + String.format("%019d", rs.getLong(1)), rs.getLong(1), rs.getLong(2), courseId,
                            rs.getString(3), Date.valueOf(completed), rs.getInt(5), Date.valueOf(completed.plusMonths(12)),
                            rs.getTimestamp(4)};
                });
        jdbc.batchUpdate("insert into certificate (version, code, enrolment_id, user_id, course_id, learner_name, course_title, "
                + "course_version_number, completed_on, score_percent, valid_until, issuing_organisation, issued_at, cycle_started_on) "
                + "values (0, ?, ?, ?, ?, ?, 'Child sexual exploitation (CSE) awareness', 1, ?, ?, ?, 'Scale Trust', ?, ?)",
                certificates.stream().map(row -> {
                    Object[] withCycle = java.util.Arrays.copyOf(row, row.length + 1);
                    withCycle[row.length] = row[5];
                    return withCycle;
                }).toList());
    }

    private long insertUnit(String name, long parent, String parentPath) {
        jdbc.update("insert into organisation_unit (version, name, parent_id, path, retired) values (0, ?, ?, '/tmp/', false)", name, parent);
        long id = jdbc.queryForObject("select max(id) from organisation_unit", Long.class);
        jdbc.update("update organisation_unit set path = ? where id = ?", parentPath + id + "/", id);
        return id;
    }
}
