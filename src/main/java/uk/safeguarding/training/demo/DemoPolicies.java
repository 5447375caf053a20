package uk.safeguarding.training.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.SignedInUser;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.policy.PolicyAdministration;
import uk.safeguarding.training.policy.PolicyAdministration.QuestionInput;
import uk.safeguarding.training.policy.PolicyAdministration.VersionInput;
import uk.safeguarding.training.policy.PolicyService;
import uk.safeguarding.training.policy.PolicyVersion;

/**
 * One policy with acknowledgements in varied states, for Licensing and Hospitality (the Quayside Hotel): version 1
 * published 60 days ago, version 2 ("out-of-hours number updated") 20 days ago, both due within 14 days. Daniel Evans
 * confirmed version 2 (acknowledged), Harry Jones only version 1 (asked again, overdue), Liam Nolan and Priya Shah
 * nothing (overdue), Zara Ahmed version 2 today. The past is written as it would have been recorded then: the
 * services publish, assign and confirm, and the times are then set back (demo data only).
 */
@Component
class DemoPolicies {

    static final String TITLE = "Harbour City Council safeguarding policy";

    private final IdentityService identity;
    private final PolicyAdministration administration;
    private final PolicyService policies;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoPolicies(IdentityService identity, PolicyAdministration administration, PolicyService policies, JdbcTemplate jdbc,
                 Clock clock) {
        this.identity = identity;
        this.administration = administration;
        this.policies = policies;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void create() {
        OrganisationUnit hospitality = identity.allUnits().stream().filter(u -> u.getName().equals("Licensing and Hospitality"))
                .findFirst().orElse(null);
        if (hospitality == null) {
            return;
        }
        Instant now = clock.instant();
        PolicyVersion v1 = as("admin@demo.test", () -> administration.publish(null, new VersionInput(TITLE, text("01632 960 300"),
                null, "", List.of(new QuestionInput("You are worried a child staying at the hotel is being exploited. Who do you tell first?",
                        "Nobody until you are sure\nThe designated safeguarding lead, the same day\nThe child's parents", 2)))));
        as("admin@demo.test", () -> administration.assignToUnits(v1.getPolicyId(), Set.of(hospitality.getId()), 14));
        back("update policy_version set published_at = ? where id = ?", now.minus(Duration.ofDays(60)), v1.getId());
        back("update policy_unit_assignment set created_at = ? where policy_id = ?", now.minus(Duration.ofDays(60)), v1.getPolicyId());
        confirm("harry.jones@demo.test", v1, now.minus(Duration.ofDays(55)));
        confirm("daniel.evans@demo.test", v1, now.minus(Duration.ofDays(50)));

        PolicyVersion v2 = as("admin@demo.test", () -> administration.publish(v1.getPolicyId(), new VersionInput(TITLE,
                text("01632 960 301"), null, "The out-of-hours number changed to 01632 960 301.", List.of())));
        back("update policy_version set published_at = ? where id = ?", now.minus(Duration.ofDays(20)), v2.getId());
        confirm("daniel.evans@demo.test", v2, now.minus(Duration.ofDays(12)));
        confirm("zara.ahmed@demo.test", v2, now);
    }

    private void confirm(String email, PolicyVersion version, Instant at) {
        as(email, () -> policies.acknowledge(version.getPolicyId(), version.getId(), version.getQuestions().isEmpty()
                ? List.of() : List.of(1)));
        UserAccount person = identity.findByEmail(email).orElseThrow();
        back("update policy_acknowledgement set acknowledged_at = ? where user_id = ? and policy_version_id = ?", at,
                person.getId(), version.getId());
    }

    private void back(String sql, Instant at, Object... ids) {
        Object[] args = new Object[ids.length + 1];
        args[0] = Timestamp.from(at);
        System.arraycopy(ids, 0, args, 1, ids.length);
        jdbc.update(sql, args);
    }

    private static String text(String outOfHours) {
        return """
                # Harbour City Council safeguarding policy

                Everyone who works for the council, its schools, youth service and licensed premises has a duty to act on
                a concern that a child or young person is being harmed or exploited.

                ## What you must do

                1. **Recognise**: know the signs of child sexual exploitation (the CSE awareness course teaches them).
                2. **Respond**: if a child tells you something, listen, do not promise to keep a secret, and do not
                   investigate yourself.
                3. **Record**: write down what you saw and heard, in the person's own words, with the date and time.
                4. **Report**: tell the designated safeguarding lead the same day: {{organisation.safeguarding_lead}},
                   {{organisation.safeguarding_lead_contact}}. If a child is in immediate danger, call 999.
                5. **Refer**: the safeguarding lead refers to the MASH ({{organisation.mash_phone}}).

                Out of hours, call %s.
                """.formatted(outOfHours);
    }

    private <T> T as(String email, Supplier<T> work) {
        UserAccount person = identity.findByEmail(email).orElseThrow();
        SignedInUser user = new SignedInUser(person.getId(), person.getEmail(), person.getDisplayName(), person.getRoles(), null);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
