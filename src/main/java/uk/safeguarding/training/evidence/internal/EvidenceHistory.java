package uk.safeguarding.training.evidence.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.safeguarding.training.evidence.CourseStatusAsAt.AssignmentRecord;
import uk.safeguarding.training.evidence.CourseStatusAsAt.CertificateRecord;

/**
 * Reads the recorded history behind an evidence pack with two queries, whatever the number of people: who was in
 * the units on the day (unit_membership), and every assignment of theirs made by then with its enrolment and
 * certificate. Nothing here decides a status.
 */
@Component
public class EvidenceHistory {

    private final NamedParameterJdbcTemplate jdbc;

    EvidenceHistory(DataSource dataSource) {
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(1000);
        this.jdbc = new NamedParameterJdbcTemplate(fetching);
    }

    /** A person in a unit at the end of the day. */
    public record Member(long userId, String name, String email, LocalDate joinedOn, long unitId, String unitPath) {
    }

    private static final String MEMBERS = """
             from unit_membership m join organisation_unit ou on ou.id = m.unit_id
            where m.from_on <= :day and (m.until_on is null or m.until_on > :day) and ou.path like :prefix""";

    /** Everyone in the unit or below it on the day, by their membership then (one stretch each). */
    public List<Member> members(String unitPath, LocalDate day) {
        Map<Long, Member> byUser = new LinkedHashMap<>();
        jdbc.query("""
                select m.user_id, u.display_name, u.email, u.joined_on, m.unit_id, ou.path, m.from_on, m.id
                  from unit_membership m join organisation_unit ou on ou.id = m.unit_id
                  join user_account u on u.id = m.user_id
                 where m.from_on <= :day and (m.until_on is null or m.until_on > :day) and ou.path like :prefix
                 order by m.user_id, m.from_on, m.id""", params(unitPath, day), rs -> {
            // Two stretches on one day (moved twice): the later one is where the day ended.
            byUser.put(rs.getLong(1), new Member(rs.getLong(1), rs.getString(2), rs.getString(3),
                    rs.getDate(4).toLocalDate(), rs.getLong(5), rs.getString(6)));
        });
        return new ArrayList<>(byUser.values());
    }

    /** A course title with the person's assignments of it. */
    public record CourseHistory(long userId, long courseId, String course, List<AssignmentRecord> assignments) {
    }

    /** Every assignment made before {@code end} to anyone who was in the unit tree that day, grouped per person and course. */
    public Map<Long, List<CourseHistory>> courses(String unitPath, LocalDate day, Instant end) {
        MapSqlParameterSource params = params(unitPath, day).addValue("end", Timestamp.from(end));
        Map<Long, Map<Long, CourseHistory>> byUser = new HashMap<>();
        jdbc.query("""
                select a.id, a.user_id, a.course_id, c.title, a.due_on, a.assigned_at, a.closed_at, e.started_at,
                       e.completed_at, cert.code, cert.completed_on, cert.valid_until, cert.issued_at, cert.revoked_at,
                       a.reason
                  from assignment a join course c on c.id = a.course_id
                  left join enrolment e on e.assignment_id = a.id
                  left join certificate cert on cert.enrolment_id = e.id
                 where a.assigned_at < :end and a.user_id in (select m.user_id""" + MEMBERS + ")", params, rs -> {
            long user = rs.getLong(2);
            long course = rs.getLong(3);
            CourseHistory history = byUser.computeIfAbsent(user, k -> new HashMap<>())
                    .computeIfAbsent(course, k -> {
                        try {
                            return new CourseHistory(user, course, rs.getString(4), new ArrayList<>());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
            history.assignments().add(record(rs));
        });
        Map<Long, List<CourseHistory>> result = new HashMap<>();
        byUser.forEach((user, courses) -> result.put(user, new ArrayList<>(courses.values())));
        return result;
    }

    private static AssignmentRecord record(ResultSet rs) throws SQLException {
        String code = rs.getString(10);
        CertificateRecord cert = code == null ? null : new CertificateRecord(code, rs.getDate(11).toLocalDate(),
                rs.getDate(12).toLocalDate(), instant(rs.getTimestamp(13)), instant(rs.getTimestamp(14)));
        return new AssignmentRecord(rs.getLong(1), rs.getDate(5).toLocalDate(), instant(rs.getTimestamp(6)),
                instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)), cert,
                "UPDATE".equals(rs.getString(15)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static MapSqlParameterSource params(String unitPath, LocalDate day) {
        return new MapSqlParameterSource("day", Date.valueOf(day)).addValue("prefix", unitPath + "%");
    }
}
