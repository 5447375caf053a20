package uk.safeguarding.training.xapi.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The outbox table. A statement is sendable when it is the oldest of its person that is neither sent nor rejected
 * (so one person's statements reach the LRS in the order they happened), its next try is due, and no instance holds
 * an unexpired claim on it. Claims are guarded updates: of two instances, one gets the row, whatever the timing.
 */
@Component
class StatementOutbox {

    /** One statement waiting to be sent. */
    record Pending(long id, long userId, String statementId, String json, int attempts) {
    }

    private static final RowMapper<Pending> PENDING = (rs, n) -> new Pending(rs.getLong("id"), rs.getLong("user_id"),
            rs.getString("statement_id"), rs.getString("statement_json"), rs.getInt("attempts"));

    private static final String SENDABLE = """
            s.sent_at is null and s.rejected_at is null and s.next_attempt_at <= ?
            and (s.claimed_until is null or s.claimed_until < ?)
            and not exists (select 1 from xapi_statement e where e.user_id = s.user_id and e.id < s.id
                            and e.sent_at is null and e.rejected_at is null)""";

    private final JdbcTemplate jdbc;

    StatementOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Joins the caller's transaction: the statement is stored with the learning record it describes, or not at all. */
    void add(String statementId, long userId, String verb, String json, Instant now) {
        jdbc.update("""
                insert into xapi_statement (statement_id, user_id, verb, statement_json, created_at, attempts, next_attempt_at)
                values (?, ?, ?, ?, ?, 0, ?)""", statementId, userId, verb, json, ts(now), ts(now));
    }

    /** The sendable head of each person's queue, oldest first. */
    List<Pending> sendableHeads(Instant now, int limit) {
        return jdbc.query("select s.id, s.user_id, s.statement_id, s.statement_json, s.attempts from xapi_statement s where "
                + SENDABLE + " order by s.id limit ?", PENDING, ts(now), ts(now), limit);
    }

    /** The person's next statement, when it is sendable now. */
    Optional<Pending> sendableHeadOf(long userId, Instant now) {
        return jdbc.query("select s.id, s.user_id, s.statement_id, s.statement_json, s.attempts from xapi_statement s"
                + " where s.user_id = ? and " + SENDABLE + " order by s.id limit 1", PENDING, userId, ts(now), ts(now))
                .stream().findFirst();
    }

    /** @return true when this caller now holds the statement until {@code until} */
    boolean claim(long id, String token, Instant now, Instant until) {
        return jdbc.update("update xapi_statement s set claimed_until = ?, claim_token = ? where s.id = ? and "
                + SENDABLE, ts(until), token, id, ts(now), ts(now)) == 1;
    }

    void markSent(long id, String token, Instant now) {
        jdbc.update("update xapi_statement set sent_at = ?, attempts = attempts + 1, claimed_until = null,"
                + " claim_token = null, last_error = null where id = ? and claim_token = ?", ts(now), id, token);
    }

    void markRejected(long id, String token, Instant now, String reason) {
        jdbc.update("update xapi_statement set rejected_at = ?, attempts = attempts + 1, claimed_until = null,"
                + " claim_token = null, last_error = ? where id = ? and claim_token = ?", ts(now), cut(reason), id, token);
    }

    void retryAt(long id, String token, Instant next, String reason) {
        jdbc.update("update xapi_statement set next_attempt_at = ?, attempts = attempts + 1, claimed_until = null,"
                + " claim_token = null, last_error = ? where id = ? and claim_token = ?", ts(next), cut(reason), id, token);
    }

    private static String cut(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
