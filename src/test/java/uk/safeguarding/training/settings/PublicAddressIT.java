package uk.safeguarding.training.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;
import uk.safeguarding.training.certificate.CertificateProperties;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.support.AsUser;

/**
 * A fresh installation without a public address: certificates would carry http://localhost:8080, so the log says
 * so at start-up and administrators are told until one is set (on the Organisation page here).
 */
@SpringBootTest(properties = {"training.certificates.public-base-url=", OrganisationSettingsContext.PROPERTY,
        "training.test.public-address=unset"})
@ActiveProfiles({"test", "demo"})
@ExtendWith(OutputCaptureExtension.class)
class PublicAddressIT {

    static final String ADMIN = "admin@demo.test";

    @Autowired
    OrganisationService organisation;
    @Autowired
    IdentityService identity;
    @Autowired
    CertificateProperties certificates;
    @Autowired
    java.util.List<uk.safeguarding.training.shared.AdministratorNotices> notices;

    private java.util.List<String> noticesOnThePeoplePage() {
        return AsUser.call(identity, ADMIN, () -> notices.stream().flatMap(n -> n.current().stream()).toList());
    }

    @Test
    void administrators_are_told_until_the_public_address_is_set(CapturedOutput startUp) {
        assertThat(startUp.getOut() + startUp.getErr()).contains("No public address is set");
        assertThat(certificates.verificationUrl("ABCDEFGHJKMNPQRSTVWX")).startsWith(CertificateProperties.UNSET_FALLBACK + "/verify/");
        assertThat(AsUser.call(identity, ADMIN, () -> organisation.publicAddressMissing())).isTrue();
        assertThat(noticesOnThePeoplePage()).containsExactly(OrganisationService.PUBLIC_ADDRESS_MISSING);

        OrganisationDetails before = AsUser.call(identity, ADMIN, () -> organisation.details());
        try {
            AsUser.run(identity, ADMIN, () -> organisation.update(new OrganisationDetails(before.profile(),
                    "https://training.example.org", before.reminders())));
            assertThat(AsUser.call(identity, ADMIN, () -> organisation.publicAddressMissing())).isFalse();
            assertThat(noticesOnThePeoplePage()).isEmpty();
        } finally {
            AsUser.run(identity, ADMIN, () -> organisation.update(before));
        }
    }
}
