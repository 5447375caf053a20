package uk.safeguarding.training.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Without the demo, an empty database gets one administrator whose one-time password must be changed. */
@SpringBootTest
@ActiveProfiles("test")
class FirstAdministratorIT {

    @Autowired
    IdentityService identity;

    @Test
    void the_first_start_creates_one_administrator_who_must_change_the_password() {
        assertThat(identity.countUsers()).isEqualTo(1);
        UserAccount admin = identity.findByEmail("admin@example.org").orElseThrow();
        assertThat(admin.getRoles()).contains(Role.ADMIN);
        assertThat(admin.isMustChangePassword()).isTrue();
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
        assertThat(identity.findByEmail("learner@demo.test")).as("no demo people outside the demo profile").isEmpty();
    }
}
