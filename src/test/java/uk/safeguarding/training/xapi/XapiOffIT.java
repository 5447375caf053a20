package uk.safeguarding.training.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.learning.EnrolmentFixture;
import uk.safeguarding.training.support.FixtureTest;

/** Without an LRS endpoint (the default) nothing is recorded: a learner's activity leaves no statement. */
@FixtureTest
class XapiOffIT {

    @Autowired
    XapiProperties properties;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleFixture people;
    @Autowired
    CourseFixture courses;
    @Autowired
    EnrolmentFixture enrolments;

    @Test
    void no_statement_is_written_while_no_lrs_is_configured() {
        // Learning activity of each kind the statements report: pages, checks, and a completion.
        var unit = people.unit("xAPI off");
        enrolments.readWholeCourse(people.learner("Xena", unit), courses.minimal());
        enrolments.completed(people.learner("Yuri", unit), courses.minimal(), java.time.Instant.now().minusSeconds(3600), 90);
        assertThat(properties.enabled()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from enrolment", Integer.class)).as("a learner was active").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from xapi_statement", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from xapi_actor", Integer.class)).isZero();
    }
}
