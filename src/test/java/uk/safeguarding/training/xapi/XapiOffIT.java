package uk.safeguarding.training.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Without an LRS endpoint (the default) nothing is recorded: the demo learners' activity left no statement. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class XapiOffIT {

    @Autowired
    XapiProperties properties;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void no_statement_is_written_while_no_lrs_is_configured() {
        assertThat(properties.enabled()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from enrolment", Integer.class)).as("the demo has learners").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from xapi_statement", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from xapi_actor", Integer.class)).isZero();
    }
}
