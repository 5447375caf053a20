package uk.safeguarding.training.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.settings.ReminderTimings;

/**
 * The SQL that finds expiring certificates for the reminders says, for every certificate of the demo organisation and
 * several windows, what the Java rule says (CertificateStatus.of with CertificateValidity, supersession included).
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class ExpiringCertificatesIT {

    @Autowired
    ExpiringCertificates expiring;
    @Autowired
    CertificateErasure records;
    @Autowired
    IdentityService identity;
    @Autowired
    Clock clock;

    @Test
    void the_sql_finds_exactly_the_certificates_the_status_rule_calls_expiring() {
        LocalDate today = LocalDate.now(clock);
        int certificates = 0;
        int expiringSomewhere = 0;
        for (ReminderTimings windows : List.of(ReminderTimings.DEFAULTS, new ReminderTimings(7, 10, 7),
                new ReminderTimings(7, ReminderTimings.MAX_DAYS_BEFORE_EXPIRY, 7))) {
            List<Long> byJava = new ArrayList<>();
            certificates = 0;
            for (UserAccount person : identity.allPeopleForStartup()) {
                if (!person.isActive()) {
                    continue; // people who left are not reminded
                }
                for (Certificate c : records.certificatesOf(person.getId())) {
                    certificates++;
                    if (records.statusOf(c, windows) == CertificateStatus.EXPIRING) {
                        byJava.add(c.getId());
                    }
                }
            }
            assertThat(expiring.on(today, windows)).as(windows.toString())
                    .extracting(ExpiringCertificates.Expiring::certificateId).containsExactlyInAnyOrderElementsOf(byJava);
            expiringSomewhere += byJava.size();
        }
        assertThat(certificates).isPositive();
        assertThat(expiringSomewhere).as("the demo has certificates expiring within some window").isPositive();
    }
}
