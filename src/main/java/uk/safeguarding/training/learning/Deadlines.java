package uk.safeguarding.training.learning;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.identity.VisibleUnits;
import uk.safeguarding.training.settings.ReminderTimings;

/**
 * What in people's assigned training needs doing, for the daily reminder job (no one signed in; not for views): who
 * is due soon, overdue or asked for an update, and for a manager's digest who in their units is overdue, needs an
 * update or is expiring. Learning owns the assignments and the status of a person in a course, so the questions are
 * answered here, with the status conditions of {@link TrainingStatusSql} and the windows of {@link ReminderTimings}
 * (docs/decisions/0010, 0033), rather than by the job reading the tables with windows of its own.
 */
@Service
@Transactional(readOnly = true)
public class Deadlines {

    /** Overdue assignments older than this are not chased any more (records brought over from a previous system). */
    static final int OVERDUE_CHASED_FOR_YEARS = 5;

    private static final String OPEN = """
            select a.id, u.id, u.email, u.display_name, c.title, a.due_on from assignment a
              join user_account u on u.id = a.user_id join course c on c.id = a.course_id
              left join enrolment e on e.assignment_id = a.id
             where a.closed_at is null and u.active = true""";

    private final NamedParameterJdbcTemplate jdbc;

    Deadlines(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One open assignment to remind its person of.
     *
     * @param editionReason for an update, why the edition was published (null otherwise, or when none was given)
     */
    public record Due(long assignmentId, long userId, String email, String name, String course, LocalDate dueOn,
                      String editionReason) {
    }

    /** One line of a manager's digest: a person's course that is overdue, needs an update or is expiring. */
    public record NeedsAttention(String name, String unit, String course, TrainingStatus status, LocalDate dueOn,
                                 LocalDate validUntil, boolean update) {
    }

    /**
     * Not completed and due from today to the end of the due-soon window. Updates are included: they have always been
     * reminded as due soon as well as by their own update reminder.
     */
    public List<Due> dueSoon(LocalDate today, ReminderTimings windows) {
        return jdbc.query(OPEN + " and e.completed_at is null and a.due_on >= :today and a.due_on <= :soon",
                params(today, windows), Deadlines::due);
    }

    /** {@link TrainingStatus#OVERDUE} (updates included), for at most {@value #OVERDUE_CHASED_FOR_YEARS} years. */
    public List<Due> overdue(LocalDate today, ReminderTimings windows) {
        return jdbc.query(OPEN + " and " + TrainingStatusSql.condition(TrainingStatus.OVERDUE) + " and a.due_on >= :oldest",
                params(today, windows).addValue("oldest", Date.valueOf(today.minusYears(OVERDUE_CHASED_FOR_YEARS))),
                Deadlines::due);
    }

    /**
     * {@link TrainingStatus#UPDATE_REQUIRED}: updates neither done nor overdue, with the reason given for the edition
     * by the version that started it.
     */
    public List<Due> updatesRequired(LocalDate today, ReminderTimings windows) {
        return jdbc.query("""
                select a.id, u.id, u.email, u.display_name, c.title, a.due_on, v.edition_reason from assignment a
                  join user_account u on u.id = a.user_id join course c on c.id = a.course_id
                  left join enrolment e on e.assignment_id = a.id
                  left join course_version v on v.course_id = a.course_id and v.edition_started = a.edition_number
                 where a.closed_at is null and u.active = true and
                """ + " " + TrainingStatusSql.condition(TrainingStatus.UPDATE_REQUIRED),
                params(today, windows), (rs, i) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getDate(6).toLocalDate(), rs.getString(7)));
    }

    /**
     * The people in these units who are {@link TrainingStatus#OVERDUE overdue}, {@link TrainingStatus#UPDATE_REQUIRED
     * need an update} or hold an {@link TrainingStatus#EXPIRING expiring} certificate that is not revoked, by name.
     */
    public List<NeedsAttention> needingAttention(VisibleUnits units, LocalDate today, ReminderTimings windows) {
        MapSqlParameterSource params = params(today, windows).addValues(units.sqlParameters("scope"));
        return jdbc.query("""
                select u.display_name, ou.name, c.title, a.due_on, e.completed_at, cert.valid_until, a.reason, e.id
                  from assignment a join user_account u on u.id = a.user_id
                  join organisation_unit ou on ou.id = u.unit_id join course c on c.id = a.course_id
                  left join enrolment e on e.assignment_id = a.id left join certificate cert on cert.enrolment_id = e.id
                 where a.closed_at is null and u.active = true and
                """ + " " + units.sqlCondition("ou.path", "scope")
                        + " and (" + TrainingStatusSql.condition(TrainingStatus.OVERDUE)
                        + " or " + TrainingStatusSql.condition(TrainingStatus.UPDATE_REQUIRED)
                        + " or (" + TrainingStatusSql.condition(TrainingStatus.EXPIRING) + " and cert.revoked_at is null))"
                        + " order by u.display_name",
                params, (rs, i) -> attention(rs, today, windows));
    }

    private static NeedsAttention attention(ResultSet rs, LocalDate today, ReminderTimings windows) throws SQLException {
        LocalDate dueOn = rs.getDate(4).toLocalDate();
        boolean completed = rs.getTimestamp(5) != null;
        LocalDate validUntil = rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate();
        boolean update = "UPDATE".equals(rs.getString(7));
        TrainingStatus status = TrainingStatus.of(dueOn, rs.getObject(8) != null, completed ? validUntil : null, today,
                windows, update);
        return new NeedsAttention(rs.getString(1), rs.getString(2), rs.getString(3), status, dueOn, validUntil, update);
    }

    private static MapSqlParameterSource params(LocalDate today, ReminderTimings windows) {
        return new MapSqlParameterSource(Map.copyOf(TrainingStatusSql.parameters(today, windows)));
    }

    private static Due due(ResultSet rs, int row) throws SQLException {
        return new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getDate(6).toLocalDate(), null);
    }
}
