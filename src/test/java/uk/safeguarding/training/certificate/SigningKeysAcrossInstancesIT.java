package uk.safeguarding.training.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.training.certificate.internal.badge.SigningKeys;
import uk.safeguarding.training.persistence.TestPostgres;
import uk.safeguarding.training.persistence.TrainingApplication;

/**
 * The first signing key is made on first use; when that first use happens on several threads and instances at
 * once, exactly one key becomes active and everyone signs with it. Rotations at the same moment leave exactly one
 * active key too. On H2 (one instance, many threads) and on PostgreSQL (two instances, as in the cluster).
 */
class SigningKeysAcrossInstancesIT {

    private static final int PARALLEL = 24;

    @Test
    void parallel_first_use_on_h2_makes_one_key() throws Exception {
        Map<String, String> settings = Map.of("spring.datasource.url", "jdbc:h2:mem:badge-keys-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (ConfigurableApplicationContext instance = TrainingApplication.start(settings)) {
            assertOneKeyAfterParallelFirstUse(List.of(instance));
        }
    }

    @Test
    void parallel_first_use_and_rotation_on_two_instances_on_postgresql_make_one_active_key() throws Exception {
        TestPostgres postgres = TestPostgres.fromEnvironment().requireReachable();
        postgres.recreatePublicSchema();
        Map<String, String> settings = new HashMap<>(postgres.springSettings());
        try (ConfigurableApplicationContext first = TrainingApplication.start(settings);
             ConfigurableApplicationContext second = TrainingApplication.start(settings)) {
            List<ConfigurableApplicationContext> instances = List.of(first, second);
            String firstKey = assertOneKeyAfterParallelFirstUse(instances);

            List<Object> rotations = inParallel(8, i -> {
                try {
                    return instances.get(i % 2).getBean(SigningKeys.class).rotate();
                } catch (IllegalStateException parallelRotation) {
                    return parallelRotation;
                }
            });
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            List<String> made = rotations.stream().filter(String.class::isInstance).map(String.class::cast).toList();
            assertThat(made).as("at least one rotation succeeds").isNotEmpty().doesNotHaveDuplicates();
            assertThat(rotations).filteredOn(IllegalStateException.class::isInstance)
                    .allSatisfy(e -> assertThat(((Exception) e).getMessage()).contains("Another rotation"));
            assertThat(jdbc.queryForObject("select count(*) from badge_signing_key where active_slot = 1", Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from badge_signing_key", Integer.class)).isEqualTo(1 + made.size());
            String active = jdbc.queryForObject("select key_id from badge_signing_key where active_slot = 1", String.class);
            assertThat(made).contains(active);
            // Both instances sign with the new key at once (the active key is read from the database, not cached),
            // and both still publish the first key.
            for (ConfigurableApplicationContext instance : instances) {
                assertThat(instance.getBean(SigningKeys.class).active().getKeyID()).isEqualTo(active);
                assertThat(instance.getBean(SigningKeys.class).publicKey(firstKey)).isPresent();
            }
        }
    }

    @Test
    void production_settings_without_a_key_encryption_key_stop_the_start_and_say_what_to_set() {
        Map<String, String> settings = Map.of(
                "spring.datasource.url", "jdbc:h2:mem:badge-prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "training.badges.development-key-allowed", "false",
                "training.badges.key-encryption-key", "");
        // A start that fails cleans up the logging system it set up, which leaves the JVM's shared logger context
        // without Spring's environment: a later test starting two applications at once (TwoInstancesIT) then failed.
        // This start leaves logging alone.
        String loggingSystem = "org.springframework.boot.logging.LoggingSystem";
        String before = System.getProperty(loggingSystem);
        System.setProperty(loggingSystem, "none");
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> TrainingApplication.start(settings).close())
                    .satisfies(failure -> assertThat(rootCause(failure).getMessage())
                            .contains("BADGE_KEY_ENCRYPTION_KEY", "openssl rand -base64 32"));
        } finally {
            if (before == null) {
                System.clearProperty(loggingSystem);
            } else {
                System.setProperty(loggingSystem, before);
            }
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String assertOneKeyAfterParallelFirstUse(List<ConfigurableApplicationContext> instances) throws Exception {
        JdbcTemplate jdbc = instances.getFirst().getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from badge_signing_key", Integer.class)).isZero();
        List<String> used = inParallel(PARALLEL, i -> instances.get(i % instances.size()).getBean(SigningKeys.class).active().getKeyID());
        assertThat(used).hasSize(PARALLEL).containsOnly(used.getFirst());
        assertThat(jdbc.queryForObject("select count(*) from badge_signing_key", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select key_id from badge_signing_key where active_slot = 1", String.class))
                .isEqualTo(used.getFirst());
        String stored = jdbc.queryForObject("select private_key_encrypted from badge_signing_key", String.class);
        assertThat(new String(java.util.Base64.getDecoder().decode(stored), java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("the private key is not stored in clear").doesNotContain("\"d\":\"", "\"kty\"");
        return used.getFirst();
    }

    interface Call<T> {
        T run(int i) throws Exception;
    }

    private static <T> List<T> inParallel(int parallel, Call<T> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(parallel)) {
            for (int i = 0; i < parallel; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.run(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
