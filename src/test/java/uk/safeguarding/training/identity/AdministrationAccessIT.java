package uk.safeguarding.training.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.FixtureTest;
import uk.safeguarding.training.support.ServiceCalls;

/**
 * Only administrators administer: every public method of the administration services, and the identity methods
 * that change people or units, refuse everyone else. Methods are found by reflection, so one added later is covered.
 */
@FixtureTest
class AdministrationAccessIT {

    static final List<Class<?>> SERVICES = List.of(PeopleAdministration.class, UnitAdministration.class);
    static final Set<String> IDENTITY_CHANGES = Set.of("createUnit", "createPerson", "grantManagement", "movePerson");

    @Autowired
    ApplicationContext context;
    @Autowired
    IdentityService identity;
    @Autowired
    PeopleFixture people;

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"LEARNER", "MANAGER", "TRAINER"})
    void every_administration_method_refuses_people_who_are_not_administrators(Role role) {
        OrganisationUnit unit = people.unit("Administration access");
        UserAccount person = switch (role) {
            case MANAGER -> people.manager("Manager", unit);
            case TRAINER -> people.person("Trainer", unit, java.time.LocalDate.now().minusYears(1), Role.TRAINER);
            default -> people.learner("Learner", unit);
        };
        String email = person.getEmail();
        List<String> allowed = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : SERVICES) {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())) {
                    checked++;
                    check(context.getBean(type), method, email, allowed);
                }
            }
        }
        for (Method method : IdentityService.class.getDeclaredMethods()) {
            if (IDENTITY_CHANGES.contains(method.getName())) {
                checked++;
                check(identity, method, email, allowed);
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(20);
        assertThat(allowed).as("methods that did not refuse " + email).isEmpty();
    }

    private void check(Object service, Method method, String email, List<String> allowed) {
        Throwable thrown = AsUser.call(identity, email, () -> ServiceCalls.invoke(service, method, AdministrationAccessIT::dummy));
        if (!(thrown instanceof AccessDeniedException)) {
            allowed.add(method.getDeclaringClass().getSimpleName() + "." + method.getName() + " threw " + thrown);
        }
    }

    private static Object dummy(Class<?> type) {
        if (type == long.class) {
            return 1L;
        }
        if (type == int.class) {
            return 1;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == PeopleSearch.class) {
            return PeopleSearch.everyone();
        }
        return type == String.class ? "x" : null;
    }
}
