package uk.safeguarding.training.reporting.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.LongToIntFunction;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import uk.safeguarding.training.identity.VisibleUnits;
import uk.safeguarding.training.learning.TrainingStatus;
import uk.safeguarding.training.learning.TrainingStatusSql;
import uk.safeguarding.training.settings.ReminderTimings;
import uk.safeguarding.training.reporting.ReportFilter;
import uk.safeguarding.training.reporting.ReportRow;
import uk.safeguarding.training.shared.LikePatterns;

/**
 * The report's SQL: open assignments of active people, with their enrolment and certificate, within the reader's
 * scope and the filter. The status conditions are {@link TrainingStatusSql}'s, which mirror {@link TrainingStatus#of}
 * exactly (a test holds them to it),
 * so filtering, counting and paging all happen in the database.
 */
public final class ReportQuery {

    static final String FROM = """
             from assignment a
             join user_account u on u.id = a.user_id
             join organisation_unit ou on ou.id = u.unit_id
             join course c on c.id = a.course_id
             left join enrolment e on e.assignment_id = a.id
             left join certificate cert on cert.enrolment_id = e.id
             left join certificate basis on basis.enrolment_id = a.basis_enrolment_id
            """;

    static final String COLUMNS = """
            select u.id as user_id, u.display_name, u.email, ou.name as unit_name, c.title as course_title, a.due_on,
                   e.id as enrolment_id, e.completed_at, e.last_attempt_score, a.reason,
                   coalesce(cert.completed_on, basis.completed_on) as completed_on,
                   coalesce(cert.valid_until, basis.valid_until) as valid_until,
                   e.course_version_id,
                   (select count(distinct sp.scenario_id) from scenario_play sp
                     where sp.enrolment_id = e.id and sp.course_version_id = e.course_version_id
                       and sp.outcome = 'GOOD') as scenarios_good
            """;

    private final StringBuilder where = new StringBuilder(" where a.closed_at is null and u.active = true");
    private final MapSqlParameterSource params = new MapSqlParameterSource();
    private final LocalDate today;
    private final ReminderTimings windows;
    private final LongToIntFunction scenariosInVersion;

    /**
     * @param scope the units the reader may see
     * @param scenariosInVersion how many scenarios a course version has (read from its immutable definition: the
     *                           count lives only in the version's JSON snapshot, not in a column SQL could count)
     */
    public ReportQuery(ReportFilter filter, VisibleUnits scope, String unitPath, LocalDate today,
                       ReminderTimings windows, LongToIntFunction scenariosInVersion) {
        this.today = today;
        this.windows = windows;
        this.scenariosInVersion = scenariosInVersion;
        params.addValues(TrainingStatusSql.parameters(today, windows));
        if (!scope.isEverything()) {
            where.append(" and ").append(scope.sqlCondition("ou.path", "scope"));
            params.addValues(scope.sqlParameters("scope"));
        }
        if (unitPath != null) {
            where.append(" and ou.path like :unitPath");
            params.addValue("unitPath", unitPath + "%");
        }
        if (filter.courseId() != null) {
            where.append(" and a.course_id = :courseId");
            params.addValue("courseId", filter.courseId());
        }
        if (filter.dueFrom() != null) {
            where.append(" and a.due_on >= :dueFrom");
            params.addValue("dueFrom", Date.valueOf(filter.dueFrom()));
        }
        if (filter.dueTo() != null) {
            where.append(" and a.due_on <= :dueTo");
            params.addValue("dueTo", Date.valueOf(filter.dueTo()));
        }
        if (filter.name() != null && !filter.name().isBlank()) {
            where.append(" and (lower(u.display_name) like :name escape '\\' or lower(u.email) like :name escape '\\')");
            params.addValue("name", LikePatterns.containing(filter.name().strip().toLowerCase(Locale.ROOT)));
        }
        if (filter.status() != null) {
            where.append(" and ").append(condition(filter.status()));
        }
    }

    static String condition(TrainingStatus status) {
        return TrainingStatusSql.condition(status);
    }

    static String compliant() {
        return TrainingStatusSql.compliant();
    }

    public String where() {
        return where.toString();
    }

    /** The expiring window this query counts with (the organisation's, read once for the query). */
    public int expiringWithinDays() {
        return windows.daysBeforeExpiry();
    }

    public MapSqlParameterSource params() {
        return params;
    }

    public String rows(String orderBy, boolean ascending, int offset, int limit) {
        params.addValue("offset", offset);
        params.addValue("limit", limit);
        return COLUMNS + FROM + where + " order by " + orderBy + (ascending ? " asc" : " desc")
                + " nulls last, u.display_name, a.id limit :limit offset :offset";
    }

    public String allRows() {
        return COLUMNS + FROM + where + " order by u.display_name, a.id";
    }

    /**
     * Per unit path: distinct people, rows, compliant, overdue and expiring. One statement for the figures, the chart and
     * the grid's size: a person belongs to one unit, so the distinct people of the units add up to the report's.
     */
    public String totalsByUnitPath() {
        return "select ou.path, count(distinct a.user_id), count(*), "
                + "coalesce(sum(case when " + compliant() + " then 1 else 0 end), 0), "
                + "coalesce(sum(case when " + condition(TrainingStatus.OVERDUE) + " then 1 else 0 end), 0), "
                + "coalesce(sum(case when " + condition(TrainingStatus.EXPIRING) + " then 1 else 0 end), 0)"
                + FROM + where + " group by ou.path";
    }

    /** Maps a row of {@link #rows} or {@link #allRows}, computing the status the one Java way. */
    public ReportRow map(ResultSet rs) throws SQLException {
        LocalDate dueOn = rs.getDate("due_on").toLocalDate();
        boolean started = rs.getObject("enrolment_id") != null;
        boolean completed = rs.getTimestamp("completed_at") != null;
        Date completedOn = rs.getDate("completed_on");
        Date validUntil = rs.getDate("valid_until");
        TrainingStatus status = completed && validUntil == null ? TrainingStatus.COMPLETED
                : TrainingStatus.of(dueOn, started, completed ? validUntil.toLocalDate() : null, today, windows,
                "UPDATE".equals(rs.getString("reason")));
        // wasNull() answers for the column read last, so ask it straight after reading the score.
        int scoreValue = rs.getInt("last_attempt_score");
        Integer score = rs.wasNull() ? null : scoreValue;
        Integer scenariosGood = null;
        Integer scenariosTotal = null;
        if (started) {
            int total = scenariosInVersion.applyAsInt(rs.getLong("course_version_id"));
            if (total > 0) {
                scenariosTotal = total;
                scenariosGood = rs.getInt("scenarios_good");
            }
        }
        return new ReportRow(rs.getLong("user_id"), rs.getString("display_name"), rs.getString("email"),
                rs.getString("unit_name"), rs.getString("course_title"), status, dueOn, score,
                completedOn == null ? null : completedOn.toLocalDate(), validUntil == null ? null : validUntil.toLocalDate(),
                scenariosGood, scenariosTotal);
    }
}
