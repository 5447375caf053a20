package uk.safeguarding.training.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL the tests may use: {@code TEST_POSTGRES_URL}, {@code TEST_POSTGRES_USER} and
 * {@code TEST_POSTGRES_PASSWORD}, by default {@code jdbc:postgresql://localhost:5432/training} with user and
 * password {@code training} (.ci/run creates them). With {@code CI=true} it must be there; elsewhere tests that need
 * it are skipped when it does not answer.
 */
public record TestPostgres(String url, String user, String password) {

    public static TestPostgres fromEnvironment() {
        return new TestPostgres(
                env("TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/training"),
                env("TEST_POSTGRES_USER", "training"),
                env("TEST_POSTGRES_PASSWORD", "training"));
    }

    /** Returns when the server answers; otherwise fails on CI and skips the test elsewhere. */
    public TestPostgres requireReachable() {
        try (Connection ignored = connect()) {
            return this;
        } catch (SQLException e) {
            String problem = "PostgreSQL at " + url + " (user " + user + ") does not answer: "
                    + e.getMessage().replaceAll("\\.$", "");
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(problem + ". On CI the PostgreSQL tests must run: see .ci/run.", e);
            }
            Assumptions.abort(problem + ". Skipped outside CI; set TEST_POSTGRES_URL/USER/PASSWORD to run it.");
            return this;
        }
    }

    /** An empty public schema, so every run starts from nothing, whatever an earlier run left. */
    public void recreatePublicSchema() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        }
    }

    /**
     * For a test class that runs its parent's tests on PostgreSQL, from its {@code @BeforeAll}: the server must answer
     * (see {@link #requireReachable}) and the class starts from an empty schema (its own Spring context migrates it).
     */
    public static void emptyForTestClass() throws SQLException {
        fromEnvironment().requireReachable().recreatePublicSchema();
    }

    /** Points a test's Spring context at this database, from its {@code @DynamicPropertySource} method. */
    public static void register(DynamicPropertyRegistry registry) {
        fromEnvironment().springSettings().forEach((key, value) -> registry.add(key, () -> value));
    }

    public Map<String, String> springSettings() {
        return Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", user,
                "spring.datasource.password", password);
    }

    private Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(10);
        return DriverManager.getConnection(url, user, password);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
