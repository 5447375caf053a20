package uk.safeguarding.training.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.IdentityService.NewPerson;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.settings.OrganisationProfile;
import uk.safeguarding.training.settings.OrganisationService;

/**
 * The demo organisation (profile {@code demo} only): a council with schools, a youth service and a hotel, one
 * login per role and twenty learners. Runs once, on an empty database.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo-password";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final IdentityService identity;
    private final OrganisationService organisation;
    private final DemoTraining training;
    private final DemoPolicies policies;
    private final Clock clock;

    DemoData(IdentityService identity, OrganisationService organisation, DemoTraining training, DemoPolicies policies,
             Clock clock) {
        this.identity = identity;
        this.organisation = organisation;
        this.training = training;
        this.policies = policies;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identity.countUsers() > 0) {
            return;
        }
        createPeople();
        // Fictional numbers from Ofcom's range reserved for drama, so nobody real is ever called from the demo.
        organisation.initialise(new OrganisationProfile("Harbour City Council",
                "Sam Okafor, Designated Safeguarding Lead", "01632 960 101 or safeguarding@harbour-city.example",
                "Priya Desai, Deputy Safeguarding Lead", "01632 960 200", "01632 960 300", "101"));
        training.create();
        policies.create();
    }

    private void createPeople() {
        // One hash for every demo account: hashing twenty-four times would slow every demo start by seconds.
        String hash = identity.hash(PASSWORD);
        LocalDate today = LocalDate.now(clock);

        OrganisationUnit council = identity.createUnit("Harbour City Council", null);
        OrganisationUnit schools = identity.createUnit("Schools", council);
        OrganisationUnit northgate = identity.createUnit("Northgate Primary School", schools);
        OrganisationUnit riverside = identity.createUnit("Riverside Academy", schools);
        OrganisationUnit community = identity.createUnit("Community Services", council);
        OrganisationUnit youth = identity.createUnit("Youth Service", community);
        OrganisationUnit hospitality = identity.createUnit("Licensing and Hospitality", council);
        OrganisationUnit hotel = identity.createUnit("Quayside Hotel", hospitality);

        person("learner@demo.test", "Lena Learner", northgate, EnumSet.of(Role.LEARNER), today.minusMonths(8), hash);
        UserAccount manager = person("manager@demo.test", "Marcus Manager", schools,
                EnumSet.of(Role.MANAGER, Role.LEARNER), today.minusYears(3), hash);
        identity.grantManagement(manager.getId(), schools.getId());
        person("trainer@demo.test", "Tara Trainer", community, EnumSet.of(Role.TRAINER, Role.LEARNER), today.minusYears(2), hash);
        person("admin@demo.test", "Adam Admin", council, EnumSet.of(Role.ADMIN, Role.LEARNER), today.minusYears(5), hash);

        List<OrganisationUnit> teams = List.of(northgate, riverside, youth, hotel);
        String[] names = {"Aisha Khan", "Ben Carter", "Chloe Davies", "Daniel Evans", "Ella Green", "Farhan Ali",
                "Grace Hughes", "Harry Jones", "Isla Kelly", "Jamal Lewis", "Katie Morgan", "Liam Nolan",
                "Maya Owen", "Noah Patel", "Olivia Quinn", "Priya Shah", "Ryan Taylor", "Sophie Walker",
                "Tom Young", "Zara Ahmed"};
        for (int i = 0; i < names.length; i++) {
            String email = names[i].toLowerCase().replace(' ', '.') + "@demo.test";
            person(email, names[i], teams.get(i % teams.size()), EnumSet.of(Role.LEARNER), today.minusDays(20L + 37L * i), hash);
        }
        // Certified on the first edition before the demo publishes the second (DemoTraining): two must do the update,
        // one has done it and holds a superseded certificate beside the new one.
        person("uma.begum@demo.test", "Uma Begum", riverside, EnumSet.of(Role.LEARNER), today.minusYears(2), hash);
        person("victor.osei@demo.test", "Victor Osei", hotel, EnumSet.of(Role.LEARNER), today.minusYears(2), hash);
        person("wendy.price@demo.test", "Wendy Price", youth, EnumSet.of(Role.LEARNER), today.minusYears(2), hash);
        log.info("Demo data created: {} people in {} units; every demo login uses the password '{}'",
                identity.countUsers(), identity.allUnits().size(), PASSWORD);
    }

    private UserAccount person(String email, String name, OrganisationUnit unit, Set<Role> roles, LocalDate joined, String hash) {
        return identity.createPerson(new NewPerson(email, name, unit.getId(), roles, joined), hash, false);
    }
}
