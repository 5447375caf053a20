package uk.safeguarding.training.xapi.internal;

import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import uk.safeguarding.training.support.FixtureTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.safeguarding.training.persistence.TestPostgres;

/**
 * {@link XapiDeliveryContract} on PostgreSQL (TEST_POSTGRES_URL; skipped when none is reachable outside CI), where
 * the claims of two sending instances meet in one database as in a cluster.
 */
@FixtureTest
class XapiDeliveryPostgresIT extends XapiDeliveryContract {

    @BeforeAll
    static void emptyDatabase() throws SQLException {
        TestPostgres.emptyForTestClass();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
