package uk.safeguarding.training.identity.internal;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.identity.IdentityProperties;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.Role;

/**
 * On the first start of an empty database (outside the demo), creates one administrator with a random
 * one-time password, written to the log, that must be changed at the first sign-in.
 */
@Component
@Profile("!demo")
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final IdentityService identity;
    private final IdentityProperties properties;

    FirstAdministrator(IdentityService identity, IdentityProperties properties) {
        this.identity = identity;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (identity.countUsers() > 0) {
            return;
        }
        OrganisationUnit root = identity.createUnit(properties.organisationName(), null);
        String password = OneTimePasswords.generate();
        identity.createPerson(new IdentityService.NewPerson(properties.initialAdminEmail(), "Administrator",
                root.getId(), Set.of(Role.ADMIN, Role.LEARNER), null), identity.hash(password), true);
        log.warn("Created the first administrator {} with the one-time password {} (it must be changed at the first sign-in)",
                properties.initialAdminEmail(), password);
    }
}
