package uk.safeguarding.training.xapi.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Each person's opaque xAPI account name: random, made once, never derived from anything the LRS could reverse. */
@Component
class ActorNames {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    ActorNames(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String of(long userId) {
        return find(userId).orElseGet(() -> {
            // Inserted in a transaction of its own, so that two first statements of one person at the same moment
            // (two tabs, two instances) agree on one name: the loser of the insert reads the winner's. A failed
            // insert there leaves the caller's transaction usable, which on PostgreSQL it otherwise would not be.
            try {
                String name = UUID.randomUUID().toString();
                ownTransaction.executeWithoutResult(status ->
                        jdbc.update("insert into xapi_actor (user_id, account_name) values (?, ?)", userId, name));
                return name;
            } catch (DuplicateKeyException taken) {
                return find(userId).orElseThrow();
            }
        });
    }

    private Optional<String> find(long userId) {
        List<String> found = jdbc.queryForList("select account_name from xapi_actor where user_id = ?", String.class, userId);
        return found.stream().findFirst();
    }
}
