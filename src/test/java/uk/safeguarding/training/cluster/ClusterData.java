package uk.safeguarding.training.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The run's people and records, written straight into the cluster's database after the instances created the
 * schema and published the course; and the counts the scenarios check afterwards. The database is the run's own
 * (run.sh creates it empty), so every count is exact.
 */
final class ClusterData {

    static final String PASSWORD = "cluster-password-1";

    private final String url;
    private final String user;
    private final String password;

    ClusterData(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    static String learner(int index) {
        return "learner-" + index + "@cluster.test";
    }

    /**
     * Learners 1..count, each assigned the course due in 30 days (so no reminder is due); and for the jobs:
     * {@code jobPeople} due in 3 days (one due-soon reminder each), {@code jobPeople} whose certificate expired
     * yesterday (one refresher each, then one overdue reminder each) and {@code jobPeople} who left 7 years ago
     * (erased once by the retention job).
     */
    void seed(int learners, int jobPeople) throws SQLException {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            long course = single(db, "select id from course order by id limit 1");
            long version = single(db, "select id from course_version where course_id = " + course + " order by version_number desc limit 1");
            long root = single(db, "select id from organisation_unit where parent_id is null order by id limit 1");
            long unit;
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into organisation_unit (version, name, parent_id, path, retired) values (0, 'Cluster staff', ?, 'x', false)""",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, root);
                insert.executeUpdate();
                unit = generated(insert);
            }
            String rootPath = text(db, "select path from organisation_unit where id = " + root);
            try (Statement s = db.createStatement()) {
                s.executeUpdate("update organisation_unit set path = '" + rootPath + unit + "/' where id = " + unit);
            }
            for (int i = 1; i <= learners; i++) {
                long user = person(db, learner(i), "Learner " + i, hash, unit, true, null);
                assignment(db, user, course, "current_date + 30", null);
            }
            for (int i = 1; i <= jobPeople; i++) {
                long due = person(db, "due-" + i + "@cluster.test", "Due soon " + i, hash, unit, true, null);
                assignment(db, due, course, "current_date + 3", null);
                long expired = person(db, "expired-" + i + "@cluster.test", "Expired " + i, hash, unit, true, null);
                long assignment = assignment(db, expired, course, "current_date - 400", "now() - interval '370 days'");
                long enrolment;
                try (Statement s = db.createStatement()) {
                    s.executeUpdate("insert into enrolment (version, assignment_id, user_id, course_version_id, started_at, "
                            + "last_activity_at, stage, module_index, page_index, completed_at, score_percent) values (0, "
                            + assignment + ", " + expired + ", " + version + ", now() - interval '371 days', "
                            + "now() - interval '370 days', 'DONE', 0, 0, now() - interval '370 days', 90)",
                            Statement.RETURN_GENERATED_KEYS);
                    enrolment = generated(s);
                    s.executeUpdate("insert into certificate (version, code, enrolment_id, user_id, course_id, learner_name, "
                            + "course_title, course_version_number, completed_on, score_percent, valid_until, issuing_organisation, "
                            + "issued_at, cycle_started_on) values (0, 'CLUSTER" + String.format("%013d", i) + "', " + enrolment + ", " + expired
                            + ", " + course + ", 'Expired " + i + "', 'CSE awareness', 1, current_date - 370, 90, current_date - 1, "
                            + "'Cluster test council', now() - interval '370 days', current_date - 370)");
                }
                person(db, "left-" + i + "@cluster.test", "Left " + i, hash, unit, false, "current_date - interval '7 years' - interval '10 days'");
            }
            db.commit();
        }
    }

    private static long person(Connection db, String email, String name, String hash, long unit, boolean active,
                               String leftOn) throws SQLException {
        long id;
        try (PreparedStatement insert = db.prepareStatement("insert into user_account (version, email, display_name, "
                + "password_hash, active, must_change_password, joined_on, created_at, unit_id, left_on) values (0, ?, ?, ?, ?, "
                + "false, current_date - 3000, now(), ?, " + (leftOn == null ? "null" : "cast(" + leftOn + " as date)") + ")",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, email);
            insert.setString(2, name);
            insert.setString(3, hash);
            insert.setBoolean(4, active);
            insert.setLong(5, unit);
            insert.executeUpdate();
            id = generated(insert);
        }
        try (Statement s = db.createStatement()) {
            s.executeUpdate("insert into user_role (user_id, role) values (" + id + ", 'LEARNER')");
        }
        return id;
    }

    private static long assignment(Connection db, long user, long course, String dueOn, String closedAt) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("insert into assignment (version, user_id, course_id, due_on, assigned_at, assigned_by, reason, "
                    + "closed_at) values (0, " + user + ", " + course + ", " + dueOn + ", now(), 'cluster run', 'INITIAL', "
                    + (closedAt == null ? "null" : closedAt) + ")", Statement.RETURN_GENERATED_KEYS);
            return generated(s);
        }
    }

    long count(String sql) throws SQLException {
        try (Connection db = connect()) {
            return single(db, sql);
        }
    }

    List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection db = connect(); Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("No row for " + sql);
            }
            return rs.getLong(1);
        }
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long generated(Statement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
