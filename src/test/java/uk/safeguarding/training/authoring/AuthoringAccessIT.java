package uk.safeguarding.training.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.support.FixtureTest;
import uk.safeguarding.training.support.ServiceCalls;

/**
 * Only trainers and administrators author: every public method of every authoring service refuses a learner and a
 * manager, whatever it is given. Methods are found by reflection, so a method added later is covered too.
 */
@FixtureTest
class AuthoringAccessIT {

    static final List<Class<?>> SERVICES = List.of(AuthoringService.class, CourseVersionService.class, PreviewService.class);

    @Autowired
    ApplicationContext context;
    @Autowired
    PeopleFixture people;

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"LEARNER", "MANAGER"})
    void every_public_authoring_service_method_refuses_people_who_do_not_author(Role role) {
        OrganisationUnit unit = people.unit("Authoring access");
        UserAccount person = role == Role.MANAGER ? people.manager("Manager", unit) : people.learner("Learner", unit);
        String email = person.getEmail();
        List<String> allowed = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : SERVICES) {
            Object service = context.getBean(type);
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                checked++;
                Throwable thrown = people.as(person, () -> ServiceCalls.invoke(service, method, AuthoringAccessIT::dummy));
                if (!(thrown instanceof AccessDeniedException)) {
                    allowed.add(type.getSimpleName() + "." + method.getName() + " threw " + thrown);
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(12);
        assertThat(allowed).as("methods that did not refuse " + email).isEmpty();
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
        return type == String.class ? "cse-awareness" : null;
    }
}
