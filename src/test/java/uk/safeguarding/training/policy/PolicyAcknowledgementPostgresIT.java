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

    private static TestPostgres postgres;

    @BeforeAll
    static void emptyDatabase() throws SQLException {
        postgres = TestPostgres.fromEnvironment().requireReachable();
        postgres.recreatePublicSchema();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres settings = postgres != null ? postgres : TestPostgres.fromEnvironment();
        settings.springSettings().forEach((key, value) -> registry.add(key, () -> value));
    }
}
