package uk.safeguarding.training.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;

/** Data written, application stopped and started again on the same H2 file: the data is still there. */
class RestartIT {

    @TempDir
    Path directory;

    @Test
    void what_was_written_before_a_restart_is_still_there_after_it() {
        // The application's own default URL, only in a folder of this test's.
        Map<String, String> database = Map.of(
                "spring.datasource.url", "jdbc:h2:file:" + directory.resolve("training") + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE",
                "spring.datasource.username", "sa",
                "spring.datasource.password", "");
        String name = "Restart check " + UUID.randomUUID();

        long id;
        try (ConfigurableApplicationContext first = TrainingApplication.start(database)) {
            OrganisationUnit unit = first.getBean(IdentityService.class).createUnit(name, null);
            id = unit.getId();
        }
        assertThat(directory.resolve("training.mv.db")).as("the database is a file, not memory").isRegularFile();
        assertThat(Files.exists(directory.resolve("training.lock.db"))).as("the first run closed the database").isFalse();

        try (ConfigurableApplicationContext second = TrainingApplication.start(database)) {
            assertThat(second.getBean(IdentityService.class).allUnits())
                    .filteredOn(u -> u.getName().equals(name)).singleElement()
                    .satisfies(unit -> {
                        assertThat(unit.getId()).isEqualTo(id);
                        assertThat(unit.getPath()).isEqualTo("/" + id + "/");
                    });
        }
    }
}
