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
