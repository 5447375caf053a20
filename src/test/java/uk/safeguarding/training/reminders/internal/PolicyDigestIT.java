package uk.safeguarding.training.reminders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.policy.Policies;
import uk.safeguarding.training.policy.PolicyAdministration;
import uk.safeguarding.training.policy.PolicyService;
import uk.safeguarding.training.policy.PolicyVersion;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.FixtureTest;

/** The managers' digest lists the overdue policy confirmations of their units and below, and nothing else. */
@FixtureTest
class PolicyDigestIT {

    @Autowired
    IdentityService identity;
    @Autowired
    PolicyAdministration administration;
    @Autowired
    PolicyService policies;
    @Autowired
    ReminderJob job;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleFixture people;

    @Test
    void a_manager_digest_has_the_overdue_confirmations_of_their_units_only() {
        String admin = people.administrator().getEmail();
        Policies fixtures = new Policies(identity, administration, admin);
        OrganisationUnit managed = fixtures.unit("Digest home");
        OrganisationUnit below = fixtures.unitBelow("Digest team", managed);
        OrganisationUnit other = fixtures.unit("Digest elsewhere");
        LocalDate longAgo = LocalDate.now().minusYears(1);
        UserAccount late = fixtures.person("Dora Late", below, longAgo);
        UserAccount done = fixtures.person("Dan Done", managed, longAgo);
        UserAccount outside = fixtures.person("Otto Outside", other, longAgo);
        UserAccount manager = fixtures.person("Mina Manager", fixtures.unit("Digest office"), longAgo);
        AsUser.run(identity, admin, () -> identity.grantManagement(manager.getId(), managed.getId()));
        PolicyVersion policy = fixtures.markdownPolicy("Digest lone working policy", managed);
        AsUser.run(identity, admin, () -> administration.assignToUnits(policy.getPolicyId(), Set.of(other.getId()), 14));
        AsUser.call(identity, done.getEmail(), () -> policies.acknowledge(policy.getPolicyId(), policy.getId(), List.of(1)));
        // Published and assigned 30 days ago with 14 days to read: overdue for everyone who has not confirmed.
        Timestamp monthAgo = Timestamp.from(Instant.now().minusSeconds(30L * 86_400));
        jdbc.update("update policy_version set published_at = ? where policy_id = ?", monthAgo, policy.getPolicyId());
        jdbc.update("update policy_unit_assignment set created_at = ? where policy_id = ?", monthAgo, policy.getPolicyId());

        List<String> lines = job.policyDigestLines(identity.managedSubtreesOf(manager.getId()), policies.outstandingToday());

        assertThat(lines.stream().filter(l -> l.contains("Digest lone working policy"))).singleElement().satisfies(line ->
                assertThat(line).startsWith("- Dora Late (" + below.getName() + "), policy Digest lone working policy: not confirmed, due "));
        assertThat(String.join("\n", lines)).as("confirmed, or outside the managed units")
                .doesNotContain("Dan Done", "Otto Outside");
        assertThat(policies.outstandingToday()).as("Otto is overdue too, only not in this manager's units")
                .anySatisfy(p -> assertThat(p.userId()).isEqualTo(outside.getId()));
    }
}
