package uk.safeguarding.training.policy.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.safeguarding.training.identity.VisibleUnits;
import uk.safeguarding.training.policy.PolicyStanding.Line;

/**
 * The managers' policy report a page at a time: one row per active person in scope and policy required of them today,
 * ordered by name then person (then policy, as {@code PolicyStanding} orders them). Which policies a person must read
 * depends only on their unit, so the caller works out, with the standing rule, how many rows each unit's people have
 * ({@code rowsPerUnit}); the database then numbers the rows with a running sum and returns only the people whose
 * rows meet the page. Nothing here holds more than a page of people.
 */
@Component
public class AcknowledgementRows {

    private static final String SCOPE = "scope";

    private final NamedParameterJdbcTemplate jdbc;

    AcknowledgementRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A person with rows on the page; {@code rowsBefore} of the report's rows come before their first. */
    public record Listed(long userId, String name, String email, long unitId, LocalDate joinedOn, long rowsBefore) {
    }

    /**
     * @param rowsPerUnit unit id to the number of policies required there today (units without any left out)
     * @param scope       the units the reader may see
     */
    public long count(Map<Long, Integer> rowsPerUnit, VisibleUnits scope) {
        if (rowsPerUnit.isEmpty() || scope.isNothing()) {
            return 0;
        }
        Long total = jdbc.queryForObject("select coalesce(sum(" + rowsOf(rowsPerUnit) + "), 0)" + from(rowsPerUnit, scope),
                scope.sqlParameters(SCOPE), Long.class);
        return total == null ? 0 : total;
    }

    /** The people whose rows fall in {@code [offset, offset + limit)}, in report order. */
    public List<Listed> people(Map<Long, Integer> rowsPerUnit, VisibleUnits scope, long offset, int limit) {
        if (rowsPerUnit.isEmpty() || scope.isNothing() || limit <= 0) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource(scope.sqlParameters(SCOPE))
                .addValue("pageStart", offset).addValue("pageEnd", offset + limit);
        String rows = rowsOf(rowsPerUnit);
        return jdbc.query("""
                select id, display_name, email, unit_id, joined_on, upto - k from (
                  select u.id, u.display_name, u.email, u.unit_id, u.joined_on, %s as k,
                         sum(%s) over (order by u.display_name, u.id rows between unbounded preceding and current row) as upto
                  %s) x
                 where upto > :pageStart and upto - k < :pageEnd
                 order by display_name, id""".formatted(rows, rows, from(rowsPerUnit, scope)), params,
                (rs, i) -> new Listed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getDate(5).toLocalDate(), rs.getLong(6)));
    }

    /**
     * How many of the rows are acknowledged: acknowledgements, made before {@code end}, of the version in force by
     * people in scope whose unit requires it.
     *
     * @param unitsByVersion version in force to the units whose people must read it
     */
    public long acknowledged(Map<Long, Collection<Long>> unitsByVersion, VisibleUnits scope, Instant end) {
        if (unitsByVersion.isEmpty() || scope.isNothing()) {
            return 0;
        }
        StringJoiner required = new StringJoiner(" or ", "(", ")");
        unitsByVersion.forEach((version, units) -> required.add("(a.policy_version_id = " + version + " and u.unit_id in ("
                + units.stream().map(String::valueOf).collect(Collectors.joining(",")) + "))"));
        MapSqlParameterSource params = new MapSqlParameterSource(scope.sqlParameters(SCOPE))
                .addValue("end", Timestamp.from(end));
        Long count = jdbc.queryForObject("""
                select count(*) from policy_acknowledgement a join user_account u on u.id = a.user_id
                  join organisation_unit ou on ou.id = u.unit_id
                 where u.active = true and a.acknowledged_at < :end and """ + required
                + " and " + scope.sqlCondition("ou.path", SCOPE), params, Long.class);
        return count == null ? 0 : count;
    }

    /** Ids and counts are numbers the server worked out, never input, so they are written into the SQL. */
    private static String rowsOf(Map<Long, Integer> rowsPerUnit) {
        StringBuilder sql = new StringBuilder("case u.unit_id");
        new LinkedHashMap<>(rowsPerUnit).forEach((unit, rows) -> sql.append(" when ").append(unit).append(" then ").append(rows));
        return sql.append(" else 0 end").toString();
    }

    private static String from(Map<Long, Integer> rowsPerUnit, VisibleUnits scope) {
        return " from user_account u join organisation_unit ou on ou.id = u.unit_id where u.active = true and u.unit_id in ("
                + rowsPerUnit.keySet().stream().map(String::valueOf).collect(Collectors.joining(",")) + ")"
                + " and " + scope.sqlCondition("ou.path", SCOPE);
    }

    /** Lines of one person, cut to the page. */
    public static List<Line> slice(List<Line> lines, long rowsBefore, long offset, int limit) {
        int from = (int) Math.max(0, offset - rowsBefore);
        int to = (int) Math.min(lines.size(), offset + limit - rowsBefore);
        return from >= to ? List.of() : lines.subList(from, to);
    }
}
