package uk.safeguarding.training.quiz.internal;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Right or wrong per question of each graded attempt (table attempt_answer), and the statistics over them, computed
 * in the database: the application never loads individual answers to count them.
 */
@Repository
public class ItemAnswers {

    /** Counts for one question of one version: all answers, and the top and bottom thirds by attempt score. */
    public record Counts(String questionId, long answers, long correct, long topAnswers, long topCorrect,
                         long bottomAnswers, long bottomCorrect) {
    }

    // Thirds per question: draws are random, so each question is ranked among the attempts that drew it. NTILE
    // gives tied scores at a boundary to either third arbitrarily; the attempt id makes that arbitrary choice stable.
    private static final String STATISTICS = """
            select question_id,
                   count(*) as answers,
                   sum(case when correct then 1 else 0 end) as correct,
                   sum(case when third = 3 then 1 else 0 end) as top_answers,
                   sum(case when third = 3 and correct then 1 else 0 end) as top_correct,
                   sum(case when third = 1 then 1 else 0 end) as bottom_answers,
                   sum(case when third = 1 and correct then 1 else 0 end) as bottom_correct
              from (select question_id, correct,
                           ntile(3) over (partition by question_id order by attempt_score, attempt_id) as third
                      from attempt_answer
                     where course_version_id = ?) ranked
             group by question_id""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    ItemAnswers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Stores the graded questions of one attempt; called once, by the request that graded it. */
    public void record(long attemptId, long courseVersionId, int attemptScore, Map<String, Boolean> correctByQuestion) {
        List<Object[]> rows = new ArrayList<>();
        correctByQuestion.forEach((question, correct) ->
                rows.add(new Object[] {attemptId, courseVersionId, question, correct, attemptScore}));
        jdbc.batchUpdate("insert into attempt_answer (attempt_id, course_version_id, question_id, correct, attempt_score)"
                + " values (?, ?, ?, ?, ?)", rows);
    }

    public List<Counts> statistics(long courseVersionId) {
        return jdbc.query(STATISTICS, (rs, row) -> new Counts(rs.getString("question_id"), rs.getLong("answers"),
                rs.getLong("correct"), rs.getLong("top_answers"), rs.getLong("top_correct"),
                rs.getLong("bottom_answers"), rs.getLong("bottom_correct")), courseVersionId);
    }

    public int deleteOfEnrolments(Collection<Long> enrolmentIds) {
        return named.update("delete from attempt_answer where attempt_id in"
                + " (select id from attempt where enrolment_id in (:ids))", new MapSqlParameterSource("ids", enrolmentIds));
    }

    public int deleteSubmittedBefore(Instant before) {
        return jdbc.update("delete from attempt_answer where attempt_id in"
                + " (select id from attempt where submitted_at < ?)", Timestamp.from(before));
    }
}
