package uk.safeguarding.training.xapi;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's xAPI data for erasure (decision 0007): statements not yet sent are dropped, so nothing about them
 * reaches the LRS afterwards; sent ones and their opaque account name go too, so nothing here links the LRS's copies
 * to anyone. What the LRS already holds is its operator's to erase. No role check here: the data-protection services
 * that call it check the caller.
 */
@Service
public class XapiErasure {

    private final JdbcTemplate jdbc;

    XapiErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return how many statements were deleted (sent or not) */
    @Transactional(propagation = Propagation.MANDATORY)
    public int deleteFor(long userId) {
        int statements = jdbc.update("delete from xapi_statement where user_id = ?", userId);
        jdbc.update("delete from xapi_actor where user_id = ?", userId);
        return statements;
    }
}
