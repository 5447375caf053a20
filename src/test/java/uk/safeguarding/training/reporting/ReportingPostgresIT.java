package uk.safeguarding.training.reporting;

import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.safeguarding.training.persistence.TestPostgres;

/**
 * {@link ReportingIT} on PostgreSQL (TEST_POSTGRES_URL; skipped when none is reachable outside CI): the status
 * conditions, the scope and the one grouped statement of the figures, chart and grid size must agree with the Java
 * status rule there too, not only on H2.
 */
class ReportingPostgresIT extends ReportingIT {

    @BeforeAll
    static void emptyDatabase() throws SQLException {
        TestPostgres.emptyForTestClass();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
