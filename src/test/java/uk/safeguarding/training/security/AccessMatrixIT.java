package uk.safeguarding.training.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.support.ServiceCalls;

/**
 * Who gets in, for every route and every public service method, against every kind of visitor: nobody signed in,
 * a learner, a manager, a trainer and an administrator. The expectations are written out in
 * {@code security/access-matrix.txt}; a route or method missing from that file fails the test, so nothing new is
 * reachable until someone has decided who may reach it.
 *
 * <p>Routes are judged by Vaadin's own access checker (the one navigation uses) on the view's annotations. Service
 * methods are really called, as each visitor, with harmless arguments (unknown ids) inside a transaction that is
 * rolled back: a refused visitor must get an access-denied or authentication exception; an allowed visitor must not
 * be stopped by method security. Methods marked {@code system} have no role gate because only start-up code, jobs
 * and event listeners call them: the test checks that no view calls them.
 *
 * <p>Own application context (a property of its own), so the calls cannot disturb other tests' data.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@TestPropertySource(properties = "matrix.context=own")
class AccessMatrixIT {

    private static final String BASE = "uk.safeguarding.training";

    @Autowired
    ApplicationContext context;
    @Autowired
    IdentityService identity;
    @Autowired
    PlatformTransactionManager transactions;

    private final AccessMatrix matrix = AccessMatrix.load("/security/access-matrix.txt");

    @Test
    void every_route_admits_exactly_the_visitors_the_matrix_names() {
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        Map<String, Set<Visitor>> actual = new TreeMap<>();
        for (Class<?> view : routeClasses()) {
            String template = view.getAnnotation(Route.class).value();
            String route = template.equals(Route.NAMING_CONVENTION) ? view.getSimpleName() : template;
            Set<Visitor> admitted = EnumSet.noneOf(Visitor.class);
            for (Visitor visitor : Visitor.values()) {
                if (checker.hasAccess(view, visitor.principal(identity), visitor::hasRole)) {
                    admitted.add(visitor);
                }
            }
            actual.put(route, admitted);
        }
        assertThat(actual).as("routes found").hasSizeGreaterThan(15);
        assertMatches("route", actual, matrix.routes());
    }

    @Test
    void every_service_method_admits_exactly_the_visitors_the_matrix_names() {
        Map<String, Set<Visitor>> actual = new TreeMap<>();
        List<String> systemMethods = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith(BASE)) {
                continue;
            }
            for (Method method : publicMethods(type)) {
                String key = type.getSimpleName() + "." + method.getName();
                Set<Visitor> expected = matrix.services().get(key);
                if (expected == AccessMatrix.SYSTEM) {
                    systemMethods.add(type.getName() + "." + method.getName());
                    actual.put(key, AccessMatrix.SYSTEM);
                    continue;
                }
                Set<Visitor> admitted = EnumSet.noneOf(Visitor.class);
                for (Visitor visitor : Visitor.values()) {
                    Throwable thrown = as(visitor, () -> ServiceCalls.invoke(bean, method, AccessMatrixIT::harmless));
                    boolean refused = expected != null && expected.contains(visitor)
                            ? thrown instanceof AuthorizationDeniedException || thrown instanceof AuthenticationException
                            : thrown instanceof AccessDeniedException || thrown instanceof AuthenticationException;
                    if (!refused) {
                        admitted.add(visitor);
                    }
                }
                actual.merge(key, admitted, (a, b) -> {
                    a.addAll(b);
                    return a;
                });
            }
        }
        assertThat(actual).as("service methods found").hasSizeGreaterThan(80);
        assertMatches("service", actual, matrix.services());
        assertNoViewCalls(systemMethods);
    }

    private void assertMatches(String kind, Map<String, Set<Visitor>> actual, Map<String, Set<Visitor>> expected) {
        List<String> problems = new ArrayList<>();
        actual.forEach((name, admitted) -> {
            Set<Visitor> wanted = expected.get(name);
            if (wanted == null) {
                problems.add("not in the matrix: " + kind + " " + name + " " + AccessMatrix.describe(admitted));
            } else if (!wanted.equals(admitted)) {
                problems.add(kind + " " + name + ": expected " + AccessMatrix.describe(wanted) + " but admitted "
                        + AccessMatrix.describe(admitted));
            }
        });
        expected.keySet().stream().filter(name -> !actual.containsKey(name))
                .forEach(name -> problems.add("in the matrix but not found: " + kind + " " + name));
        assertThat(problems).as("differences between the " + kind + " access and security/access-matrix.txt").isEmpty();
    }

    /** Methods without a role gate must only be reachable from start-up code, jobs and listeners, never a component. */
    private static void assertNoViewCalls(List<String> systemMethods) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);
        Set<String> gated = Set.copyOf(systemMethods);
        List<String> calls = classes.stream()
                .filter(c -> c.isAssignableTo(Component.class)
                        || c.getEnclosingClass().map(outer -> outer.isAssignableTo(Component.class)).orElse(false))
                .flatMap(c -> c.getMethodCallsFromSelf().stream())
                .filter(call -> gated.contains(call.getTargetOwner().getName() + "." + call.getName()))
                .map(JavaMethodCall::getDescription)
                .sorted()
                .toList();
        assertThat(calls).as("views calling methods that have no role gate").isEmpty();
    }

    private Throwable as(Visitor visitor, Supplier<Throwable> call) {
        TransactionTemplate rollback = new TransactionTemplate(transactions);
        Supplier<Throwable> inRollback = () -> rollback.execute(status -> {
            status.setRollbackOnly();
            return call.get();
        });
        if (visitor == Visitor.ANONYMOUS) {
            var previous = SecurityContextHolder.getContext();
            SecurityContextHolder.clearContext();
            try {
                return inRollback.get();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }
        return AsUser.call(identity, visitor.email(), inRollback);
    }

    /** Ids nobody has and names nothing has, so an admitted call fails on "not found" rather than changing data. */
    private static Object harmless(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return Long.MAX_VALUE;
        }
        if (type == int.class || type == Integer.class) {
            return Integer.MAX_VALUE;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "no-such-thing";
        }
        if (type.isPrimitive()) {
            return type == double.class ? 0d : type == float.class ? 0f : type == short.class ? (short) 0
                    : type == byte.class ? (byte) 0 : '\0';
        }
        return null;
    }

    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.isSynthetic() && !m.isBridge())
                .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount))
                .toList();
    }

    private static List<Class<?>> routeClasses() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents(BASE).stream()
                .map(definition -> {
                    try {
                        return (Class<?>) Class.forName(definition.getBeanClassName());
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .sorted(Comparator.comparing(Class::getName))
                .collect(Collectors.toList());
    }
}
