package uk.safeguarding.training.identity.internal;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguarding.training.identity.IdentityProperties;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.Role;

/**
 * On the first start of an empty database (outside the demo), creates one administrator with a random
 * one-time password, written to the log, that must be changed at the first sign-in. Several instances started at
 * once on the empty database may all find it empty: the administrator's unique email lets one of them create it; the
 * others' whole transaction (unit and person) rolls back and they start normally.
 */
@Component
@Profile("!demo")
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final IdentityService identity;
    private final IdentityProperties properties;
    private final TransactionTemplate transactions;

    FirstAdministrator(IdentityService identity, IdentityProperties properties, TransactionTemplate transactions) {
        this.identity = identity;
        this.properties = properties;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        String password;
        try {
            password = transactions.execute(status -> createIfEmpty());
        } catch (DataIntegrityViolationException | IllegalArgumentException raced) {
            // The other instance committed between our count and our insert: the unique email, or the service's own
            // "already exists" check, refused ours. Anything else, with nobody there, is a real failure.
            if (identity.countUsers() == 0) {
                throw raced;
            }
            log.info("The first administrator was created by another instance starting at the same time");
            return;
        }
        if (password != null) {
            // Only once committed: a password for an administrator that was rolled back would mislead.
            log.warn("Created the first administrator {} with the one-time password {} (it must be changed at the first sign-in)",
                    properties.initialAdminEmail(), password);
        }
    }

    /** @return the one-time password of the administrator created, or null when the database has people already */
    private String createIfEmpty() {
        if (identity.countUsers() > 0) {
            return null;
        }
        OrganisationUnit root = identity.createUnit(properties.organisationName(), null);
        String password = OneTimePasswords.generate();
        identity.createPerson(new IdentityService.NewPerson(properties.initialAdminEmail(), "Administrator",
                root.getId(), Set.of(Role.ADMIN, Role.LEARNER), null), identity.hash(password), true);
        return password;
    }
}
