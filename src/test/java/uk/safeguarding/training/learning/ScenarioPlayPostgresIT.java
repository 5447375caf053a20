package uk.safeguarding.training.learning;

import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.safeguarding.training.persistence.TestPostgres;

/**
 * {@link ScenarioPlayIT} on PostgreSQL (TEST_POSTGRES_URL; skipped when none is reachable outside CI): the guard that
 * lets one of many choices sent at once store its step has to hold under PostgreSQL's row locks as under H2's.
 */
class ScenarioPlayPostgresIT extends ScenarioPlayIT {

    @BeforeAll
    static void emptyDatabase() throws SQLException {
        TestPostgres.emptyForTestClass();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
