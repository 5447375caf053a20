package uk.safeguarding.training.policy.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.safeguarding.training.policy.PolicyStanding.Acknowledgement;
import uk.safeguarding.training.policy.PolicyStanding.Published;
import uk.safeguarding.training.policy.PolicyStanding.Requirement;

/** Reads the recorded history the standing rule works from, without loading PDFs. */
@Component
public class PolicyHistory {

    private final JdbcTemplate jdbc;

    PolicyHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Published> published() {
        return jdbc.query("""
                select v.policy_id, p.title, v.id, v.number, v.content_hash, v.published_at
                  from policy_version v join policy p on p.id = v.policy_id order by v.policy_id, v.number""",
                (rs, i) -> new Published(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()));
    }

    /** Unit assignments with the unit's present path (units keep their ids; see docs/decisions/0020). */
    public List<Requirement> requirements() {
        return jdbc.query("""
                select a.policy_id, ou.path, a.due_days, a.created_at
                  from policy_unit_assignment a join organisation_unit ou on ou.id = a.unit_id order by a.id""",
                (rs, i) -> new Requirement(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getTimestamp(4).toInstant()));
    }

    public List<Acknowledgement> acknowledgementsOf(long userId) {
        return jdbc.query(ACKS + " where a.user_id = ? order by a.acknowledged_at", (rs, i) -> ack(rs), userId);
    }

    /** Everyone's acknowledgements made before {@code before}, by person. */
    public Map<Long, List<Acknowledgement>> acknowledgementsBefore(Instant before) {
        Map<Long, List<Acknowledgement>> byUser = new HashMap<>();
        jdbc.query(ACKS + " where a.acknowledged_at < ?", rs -> {
            byUser.computeIfAbsent(rs.getLong("user_id"), k -> new java.util.ArrayList<>()).add(ack(rs));
        }, Timestamp.from(before));
        return byUser;
    }

    /** The acknowledgements of a page of people (ids are numbers, written into the query in batches). */
    public Map<Long, List<Acknowledgement>> acknowledgementsOf(Collection<Long> userIds) {
        Map<Long, List<Acknowledgement>> byUser = new HashMap<>();
        List<Long> ids = List.copyOf(userIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            String in = ids.subList(from, Math.min(ids.size(), from + 1000)).stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(","));
            jdbc.query(ACKS + " where a.user_id in (" + in + ")", rs -> {
                byUser.computeIfAbsent(rs.getLong("user_id"), k -> new java.util.ArrayList<>()).add(ack(rs));
            });
        }
        return byUser;
    }

    private static final String ACKS = """
            select a.user_id, a.policy_id, a.policy_version_id, v.number, a.content_hash, a.acknowledged_at
              from policy_acknowledgement a join policy_version v on v.id = a.policy_version_id""";

    private static Acknowledgement ack(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Acknowledgement(rs.getLong("policy_id"), rs.getLong("policy_version_id"), rs.getInt("number"),
                rs.getString("content_hash"), rs.getTimestamp("acknowledged_at").toInstant());
    }
}
