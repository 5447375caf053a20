package uk.safeguarding.training.policy;

import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.safeguarding.training.persistence.TestPostgres;

/**
 * {@link PolicyAcknowledgementIT} on PostgreSQL (TEST_POSTGRES_URL; skipped when none is reachable outside CI): the
 * report pages with a running sum and a scope condition in SQL, which must give the same rows on both databases.
 */
class PolicyAcknowledgementPostgresIT extends PolicyAcknowledgementIT {

    @BeforeAll
    static void emptyDatabase() throws SQLException {
        TestPostgres.emptyForTestClass();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
