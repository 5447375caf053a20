package uk.safeguarding.training.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;

/**
 * The Flyway migrations in src/main/resources/db/migration build, on an empty H2 and an empty PostgreSQL, exactly
 * the schema the entities expect: the application starts with {@code ddl-auto=validate}, as in production, which
 * fails the start on any missing table, column or type mismatch.
 */
class MigrationsIT {

    private static final Pattern VERSIONED = Pattern.compile("V([0-9_.]+)__.+\\.sql");

    @Test
    void on_an_empty_h2_the_migrations_apply_and_hibernate_validates_the_schema() throws Exception {
        String url = "jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext context = TrainingApplication.start(settings(Map.of(
                "spring.datasource.url", url, "spring.datasource.username", "sa", "spring.datasource.password", "")))) {
            assertConnectedTo(context, "H2", url);
            assertEveryMigrationAppliedAndSchemaValidated(context);
            assertDataRoundTrips(context);
        }
    }

    @Test
    void on_an_empty_postgresql_the_migrations_apply_and_hibernate_validates_the_schema() throws Exception {
        TestPostgres postgres = TestPostgres.fromEnvironment().requireReachable();
        postgres.recreatePublicSchema();
        try (ConfigurableApplicationContext context = TrainingApplication.start(settings(postgres.springSettings()))) {
            assertConnectedTo(context, "PostgreSQL", postgres.url());
            assertEveryMigrationAppliedAndSchemaValidated(context);
            assertDataRoundTrips(context);
        }
    }

    private static Map<String, String> settings(Map<String, String> database) {
        Map<String, String> settings = new HashMap<>(database);
        // The application's own setting, restated so this test keeps checking validation even if a profile changes it.
        settings.put("spring.jpa.hibernate.ddl-auto", "validate");
        settings.put("spring.flyway.enabled", "true");
        return settings;
    }

    private static void assertConnectedTo(ConfigurableApplicationContext context, String product, String url) throws SQLException {
        try (Connection connection = context.getBean(DataSource.class).getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(product);
            assertThat(connection.getMetaData().getURL()).startsWith(url.split(";")[0]);
        }
    }

    private static void assertEveryMigrationAppliedAndSchemaValidated(ConfigurableApplicationContext context) throws IOException {
        Flyway flyway = context.getBean(Flyway.class);
        List<String> applied = Arrays.stream(flyway.info().applied())
                .peek(m -> assertThat(m.getState().isFailed()).as("migration %s failed", m.getScript()).isFalse())
                .map(MigrationInfo::getVersion).map(v -> v.getVersion()).toList();
        assertThat(applied).as("versions applied").containsExactlyInAnyOrderElementsOf(migrationVersionsOnClasspath());
        assertThat(flyway.info().pending()).as("pending migrations").isEmpty();

        // The context started, so Hibernate's validation passed; make sure validation is what ran.
        Map<String, Object> jpa = context.getBean(EntityManagerFactory.class).getProperties();
        assertThat(jpa.get("hibernate.hbm2ddl.auto")).hasToString("validate");
    }

    private static List<String> migrationVersionsOnClasspath() throws IOException {
        Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql");
        assertThat(scripts).as("migration scripts on the classpath").isNotEmpty();
        return Arrays.stream(scripts).map(Resource::getFilename)
                .map(VERSIONED::matcher).filter(Matcher::matches)
                .map(m -> m.group(1).replace('_', '.')).toList();
    }

    /** Written through a service and read back, and the JSON column holding more than a megabyte (ADR 0005). */
    private static void assertDataRoundTrips(ConfigurableApplicationContext context) {
        IdentityService identity = context.getBean(IdentityService.class);
        String name = "Migrations check " + UUID.randomUUID();
        OrganisationUnit parent = identity.createUnit(name, null);
        identity.createUnit(name + " / child", parent);
        assertThat(identity.allUnits()).extracting(OrganisationUnit::getName).contains(name, name + " / child");
        assertThat(identity.allUnits()).filteredOn(u -> u.getName().equals(name + " / child")).singleElement()
                .satisfies(child -> assertThat(child.getPath()).isEqualTo("/" + parent.getId() + "/" + child.getId() + "/"));

        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        String json = "{\"text\":\"" + "x".repeat(2_200_000) + "\"}";
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var insert = c.prepareStatement("insert into course (version, course_key, title, created_at) values (0, ?, ?, ?)",
                    new String[] {"id"});
            insert.setString(1, "migrations-" + UUID.randomUUID().toString().substring(0, 8));
            insert.setString(2, "Large snapshot");
            insert.setObject(3, now);
            return insert;
        }, key);
        long courseId = key.getKey().longValue();
        jdbc.update("insert into course_version (version, course_id, version_number, content_hash, definition_json, "
                + "published_at, published_by) values (0, ?, 1, ?, ?, ?, ?)", courseId, "0".repeat(64), json, now, "test");
        String stored = jdbc.queryForObject("select definition_json from course_version where course_id = ?", String.class, courseId);
        assertThat(stored).hasSize(json.length()).isEqualTo(json);
    }
}
